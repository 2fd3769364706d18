package io.vigil.audit.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.audit.rest.AuditFixtures.awaitCheckpointed;
import static io.vigil.audit.rest.AuditFixtures.envelope;
import static io.vigil.audit.rest.AuditFixtures.ingest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_test"))
class PrivacyTest {

    @Nested
    class Sealing {

        @Test
        void personalDataReachesTheLogOnlySealedUnderTheSubjectsKey() throws Exception {
            String subject = "U-" + UUID.randomUUID();
            Map<String, Object> event = withPersonal(subject, "jane@example.com");
            ingest(List.of(event)).statusCode(202);
            awaitCheckpointed(event.get("eventId"));

            String stored = given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + event.get("eventId"))
                    .then().statusCode(200).body("envelope.payload.subjectRef", equalTo(subject))
                    .body("envelope.personal", nullValue()).extract().asString();
            assertThat(stored).doesNotContain("jane@example.com");
        }

        @Test
        void personalDataBesideAProducerSealedPayloadIsRefused() {
            Map<String, Object> event = withPersonal("U-1", "a@b.c");
            event.put("payload", Map.of("subjectRef", "U-1", "keyId", "k", "nonce", "n", "ciphertext", "c"));
            ingest(List.of(event)).statusCode(400).body("errors[0].field", equalTo("personal"));
        }
    }

    @Nested
    class DataSubjects {

        @Test
        void accessOpensTheSubjectsDataAndErasureShredsItWhileTheLogStillVerifies() throws Exception {
            String subject = "U-" + UUID.randomUUID();
            Map<String, Object> event = withPersonal(subject, "jane@example.com");
            ingest(List.of(event)).statusCode(202);
            awaitCheckpointed(event.get("eventId"));
            dsar(subject).body("items[0].payload", equalTo("OPENED")).body("items[0].personal.email", equalTo("jane@example.com"));

            erase(subject, TestTokens.ada()).statusCode(200).body("keysDestroyed", equalTo(1));

            dsar(subject).body("items[0].payload", equalTo("ERASED")).body("items[0].personal", nullValue())
                    .body("items[0].envelope.eventId", equalTo(event.get("eventId")));
            erase(subject, TestTokens.aud()).statusCode(200).body("keysDestroyed", equalTo(0));
            given().auth().oauth2(TestTokens.aud()).post("/api/audit/verification").then().statusCode(200)
                    .body("verified", equalTo(true));
            awaitLogged("subject.erase", subject);
            awaitLogged("subject.access", subject);
        }

        @Test
        void aLegalHoldOnTheSubjectBlocksErasureUntilReleased() {
            String subject = "U-" + UUID.randomUUID();
            String hold = given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON)
                    .body(Map.of("reason", "litigation 42", "from", "2026-01-01T00:00:00Z", "to", "2027-01-01T00:00:00Z",
                            "subjectRef", subject))
                    .post("/api/audit/holds").then().statusCode(201).extract().path("id");

            erase(subject, TestTokens.ada()).statusCode(409);
            given().auth().oauth2(TestTokens.ada()).post("/api/audit/holds/" + hold + "/release").then().statusCode(200)
                    .body("releasedBy", equalTo("sub-ada"));
            given().auth().oauth2(TestTokens.ada()).post("/api/audit/holds/" + hold + "/release").then().statusCode(409);
            erase(subject, TestTokens.ada()).statusCode(200);
        }

        @Test
        void holdsAreValidatedAndUnknownOnesAre404() {
            given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON)
                    .body(Map.of("reason", "x", "from", "2027-01-01T00:00:00Z", "to", "2026-01-01T00:00:00Z"))
                    .post("/api/audit/holds").then().statusCode(400);
            given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON).body(Map.of("from", "2027-01-01T00:00:00Z"))
                    .post("/api/audit/holds").then().statusCode(400);
            given().auth().oauth2(TestTokens.aud()).post("/api/audit/holds/" + UUID.randomUUID() + "/release").then().statusCode(404);
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/holds").then().statusCode(200);
        }
    }

    @Nested
    class Roles {

        @Test
        void onlyAuditorsAndAdminsReachSubjectsAndHoldsAndOnlyAdminsPurge() {
            given().auth().oauth2(TestTokens.ivy()).get("/api/audit/subjects/U-1/events").then().statusCode(403);
            erase("U-1", AuditFixtures.writer()).statusCode(403);
            given().auth().oauth2(TestTokens.ivy()).get("/api/audit/holds").then().statusCode(403);
            given().auth().oauth2(TestTokens.aud()).post("/api/audit/retention/purges").then().statusCode(403);
            given().get("/api/audit/subjects/U-1/events").then().statusCode(401);
        }
    }

    static Map<String, Object> withPersonal(String subject, String email) {
        Map<String, Object> event = envelope("privacy-" + UUID.randomUUID(), 0);
        event.put("subjects", List.of(Map.of("ref", subject, "role", "account")));
        event.put("personal", Map.of("subjectRef", subject, "data", Map.of("email", email, "name", "Jane Roe")));
        return event;
    }

    static io.restassured.response.ValidatableResponse dsar(String subject) {
        return given().auth().oauth2(TestTokens.aud()).get("/api/audit/subjects/" + subject + "/events").then().statusCode(200);
    }

    static io.restassured.response.ValidatableResponse erase(String subject, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "GDPR art. 17 request"))
                .post("/api/audit/subjects/" + subject + "/erasure").then();
    }

    static void awaitLogged(String action, String subject) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (EventQueryTest.search(Map.of("action", action, "subject", subject)).statusCode(200).extract()
                    .jsonPath().getList("items").size() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(action + " for " + subject + " was not logged");
    }
}
