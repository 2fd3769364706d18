package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.definition;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on every creation endpoint (DESIGN.md section 3). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class IdempotencyKeyTest {

    private static ValidatableResponse post(String token, String path, String body, String idempotencyKey,
            Object... params) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(body).when().post(path, params).then();
    }

    /** The first answer and the retry's are the same bytes, status and headers. */
    private static void sameAnswer(ExtractableResponse<Response> first, ExtractableResponse<Response> retry) {
        assertThat(retry.statusCode()).isEqualTo(first.statusCode());
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
    }

    private static int versionCount(String key) {
        List<?> items = given().auth().oauth2(TestTokens.sam()).when().get("/api/sops/{key}/versions", key)
                .then().statusCode(200).extract().path("items");
        return items.size();
    }

    private static String newKey() {
        return "k-" + UUID.randomUUID();
    }

    private static String publishedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        VersionFixtures.published(key);
        return key;
    }

    @Nested
    class DefiningAnSop {

        @Test
        void aRetryGetsTheFirstAnswerInsteadOfKeyTaken() {
            String key = uniqueKey();
            String idem = newKey();
            var first = post(TestTokens.sam(), "/api/sops", definition(key), idem).statusCode(201).extract();
            var retry = post(TestTokens.sam(), "/api/sops", definition(key), idem).statusCode(201).extract();
            sameAnswer(first, retry);
        }

        @Test
        void theSameKeyWithAnotherBodyIsUnprocessable() {
            String idem = newKey();
            post(TestTokens.sam(), "/api/sops", definition(uniqueKey()), idem).statusCode(201);
            String other = uniqueKey();
            post(TestTokens.sam(), "/api/sops", definition(other), idem).statusCode(422)
                    .contentType("application/problem+json").body("type", endsWith("idempotency-key-reused"))
                    .body("status", equalTo(422));
            given().auth().oauth2(TestTokens.sam()).when().get("/api/sops/{key}", other).then().statusCode(404);
        }

        @Test
        void keysBelongToTheirCaller() {
            String idem = newKey();
            String key = uniqueKey();
            post(TestTokens.sam(), "/api/sops", definition(key), idem).statusCode(201);
            post(TestTokens.ada(), "/api/sops", definition(key), idem).statusCode(409)
                    .body("type", endsWith("sop-key-taken"));
        }

        @Test
        void aKeyThatIsNotVisibleAsciiIsABadRequest() {
            post(TestTokens.sam(), "/api/sops", definition(uniqueKey()), "x".repeat(201)).statusCode(400)
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }

        @Test
        void aFailedCreationIsNotRememberedSoTheRetryRunsAgain() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            String idem = newKey();
            post(TestTokens.sam(), "/api/sops", definition(key), idem).statusCode(409);
            post(TestTokens.sam(), "/api/sops", definition(key), idem).statusCode(409);
        }
    }

    @Nested
    class DraftingAVersion {

        @Test
        void aRetryGetsTheSameDraftAndCreatesNoOther() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            String idem = newKey();
            String body = VersionFixtures.refundVersion();
            var first = post(TestTokens.sam(), "/api/sops/{key}/versions", body, idem, key).statusCode(201)
                    .body("number", equalTo(1)).extract();
            var retry = post(TestTokens.sam(), "/api/sops/{key}/versions", body, idem, key).statusCode(201).extract();
            sameAnswer(first, retry);
            assertThat(versionCount(key)).isEqualTo(1);
        }

        @Test
        void theSameKeyWithAnotherBodyIsUnprocessable() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            String idem = newKey();
            post(TestTokens.sam(), "/api/sops/{key}/versions", VersionFixtures.refundVersion(), idem, key)
                    .statusCode(201);
            post(TestTokens.sam(), "/api/sops/{key}/versions",
                    VersionFixtures.refundVersion().replace("First version", "Second version"), idem, key)
                    .statusCode(422).body("type", endsWith("idempotency-key-reused"));
            assertThat(versionCount(key)).isEqualTo(1);
        }

        @Test
        void aRolledBackCopyIsMadeOnce() {
            String key = publishedKey();
            String idem = newKey();
            String body = "{\"changeNote\":\"back to version 1\"}";
            var first = post(TestTokens.sam(), "/api/sops/{key}/versions/1/rollback", body, idem, key)
                    .statusCode(201).extract();
            var retry = post(TestTokens.sam(), "/api/sops/{key}/versions/1/rollback", body, idem, key)
                    .statusCode(201).extract();
            sameAnswer(first, retry);
            assertThat(versionCount(key)).isEqualTo(2);
            post(TestTokens.sam(), "/api/sops/{key}/versions/1/rollback", "{\"changeNote\":\"other\"}", idem, key)
                    .statusCode(422).body("type", endsWith("idempotency-key-reused"));
        }
    }

    @Nested
    class ProductionRecords {

        @Test
        void aDecisionRetriedGetsTheFirstAnswerInsteadOfDecisionRecorded() {
            String key = publishedKey();
            String idem = newKey();
            String body = "{\"ticketId\":\"T-1\",\"botOutcome\":\"REFUND_FULL\",\"humanOutcome\":\"REFUND_FULL\"}";
            var first = post(VersionFixtures.ticketbot(), "/api/sops/{key}/versions/1/decisions", body, idem, key)
                    .statusCode(201).extract();
            var retry = post(VersionFixtures.ticketbot(), "/api/sops/{key}/versions/1/decisions", body, idem, key)
                    .statusCode(201).extract();
            sameAnswer(first, retry);
            post(VersionFixtures.ticketbot(), "/api/sops/{key}/versions/1/decisions",
                    body.replace("T-1", "T-2"), idem, key).statusCode(422);
        }

        @Test
        void aSessionRetriedIsTheSameSession() {
            String key = publishedKey();
            String idem = newKey();
            String body = "{\"ticketId\":\"T-7\",\"facts\":{}}";
            var first = post(VersionFixtures.ticketbot(), "/api/sops/{key}/sessions", body, idem, key)
                    .statusCode(201).extract();
            var retry = post(VersionFixtures.ticketbot(), "/api/sops/{key}/sessions", body, idem, key)
                    .statusCode(201).extract();
            sameAnswer(first, retry);
            post(VersionFixtures.ticketbot(), "/api/sops/{key}/sessions", "{\"ticketId\":\"T-8\",\"facts\":{}}",
                    idem, key).statusCode(422).body("type", endsWith("idempotency-key-reused"));
        }

        @Test
        void anExperimentRetriedGetsTheFirstAnswerInsteadOfExperimentRunning() {
            String key = publishedKey();
            VersionFixtures.approved(key);
            String idem = newKey();
            String body = "{\"name\":\"stricter refunds\",\"candidate\":2,\"candidateShare\":0.5}";
            var first = post(TestTokens.sara(), "/api/sops/{key}/experiments", body, idem, key).statusCode(201)
                    .extract();
            var retry = post(TestTokens.sara(), "/api/sops/{key}/experiments", body, idem, key).statusCode(201)
                    .extract();
            sameAnswer(first, retry);
            post(TestTokens.sara(), "/api/sops/{key}/experiments", body.replace("0.5", "0.25"), idem, key)
                    .statusCode(422).body("type", endsWith("idempotency-key-reused"));
        }
    }
}
