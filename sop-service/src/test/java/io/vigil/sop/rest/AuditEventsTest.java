package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static io.vigil.sop.rest.VersionFixtures.act;
import static io.vigil.sop.rest.VersionFixtures.draft;
import static io.vigil.sop.rest.VersionFixtures.refundVersion;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class AuditEventsTest {

    @Inject
    AuditRows audit;

    private static String definedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        return key;
    }

    @Nested
    class Changes {

        @Test
        void definingAnSopRecordsItWithTheAuthorAsActor() {
            String key = definedKey();
            JsonNode event = audit.aboutSop(key).get(0);
            assertThat(event.path("action").asText()).isEqualTo("sop.define");
            assertThat(event.path("target").path("type").asText()).isEqualTo("sop");
            assertThat(event.path("actor").path("roles").toString()).contains("sop-author");
            assertThat(event.path("outcome").path("status").asText()).isEqualTo("success");
        }

        @Test
        void everyStepFromDraftToPublishIsRecordedWithItsStatusChange() {
            String key = definedKey();
            int n = VersionFixtures.published(key);
            assertThat(audit.actions(key)).containsExactly("sop.define:success", "sop.version.draft:success",
                    "sop.version.submit:success", "sop.version.approve:success", "sop.version.publish:success",
                    "sop.acknowledgement.request:success");
            JsonNode publish = audit.aboutSop(key).get(4);
            assertThat(publish.path("sop").path("version").asInt()).isEqualTo(n);
            assertThat(publish.path("target").path("id").asText()).isEqualTo(key + "/" + n);
            assertThat(publish.path("changes").get(0).toString())
                    .contains("\"before\":\"APPROVED\"", "\"after\":\"PUBLISHED\"");
        }

        @Test
        void publishingASuccessorAlsoRecordsThePredecessorsRetirement() {
            String key = definedKey();
            int first = VersionFixtures.published(key);
            VersionFixtures.published(key);
            List<JsonNode> events = audit.aboutSop(key);
            assertThat(events.subList(events.size() - 3, events.size())).extracting(e -> e.path("action").asText())
                    .containsExactly("sop.version.retire", "sop.version.publish", "sop.acknowledgement.request");
            JsonNode retire = events.get(events.size() - 3);
            assertThat(retire.path("sop").path("version").asInt()).isEqualTo(first);
        }

        @Test
        void revisingReopeningAndRollingBackAreRecorded() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(refundVersion())
                    .when().put("/api/sops/{key}/versions/{n}", key, n).then().statusCode(200);
            act(TestTokens.sam(), key, n, "submit");
            act(TestTokens.sara(), key, n, "reject");
            act(TestTokens.sam(), key, n, "reopen");
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body("{\"changeNote\":\"back\"}")
                    .when().post("/api/sops/{key}/versions/{n}/rollback", key, n).then().statusCode(201);
            assertThat(audit.actions(key)).containsSubsequence("sop.version.revise:success",
                    "sop.version.reject:success", "sop.version.reopen:success", "sop.version.rollback:success");
        }

        @Test
        void aRefusedInvalidDraftRecordsNothing() {
            String key = definedKey();
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body(VersionFixtures.version("{\"start\":\"x\",\"nodes\":{}}", "[]"))
                    .when().post("/api/sops/{key}/versions", key).then().statusCode(400);
            assertThat(audit.actions(key)).containsExactly("sop.define:success");
        }
    }

    @Nested
    class DeniedAttempts {

        @Test
        void anAuthorApprovingTheirOwnVersionIsRecordedAsDeniedByFourEyes() {
            String key = definedKey();
            int n = draft(VersionFixtures.alex(), key, refundVersion());
            act(VersionFixtures.alex(), key, n, "submit");
            given().auth().oauth2(VersionFixtures.alex()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/approve", key, n).then().statusCode(403);
            JsonNode denied = last(key);
            assertThat(denied.path("action").asText()).isEqualTo("sop.version.approve");
            assertThat(denied.path("outcome").toString()).contains("\"status\":\"denied\"", "\"code\":\"four-eyes\"");
        }

        @Test
        void aPublishBelowTheGateIsRecordedAsDenied() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, VersionFixtures.version(VersionFixtures.REFUND_TREE,
                    VersionFixtures.REFUND_SUITE.replace("\"expected\": \"HUMAN_REVIEW\"", "\"expected\": \"X\"")));
            act(TestTokens.sam(), key, n, "submit");
            act(TestTokens.sara(), key, n, "approve");
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, n).then().statusCode(409);
            assertThat(last(key).path("outcome").toString()).contains("\"status\":\"denied\"", "publish-gate");
            assertThat(audit.actions(key)).doesNotContain("sop.version.publish:success");
        }

        @Test
        void aCallerWithoutTheRoleIsRecordedAsAccessDenied() {
            String key = definedKey();
            int n = VersionFixtures.approved(key);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, n).then().statusCode(403);
            JsonNode denied = last(key);
            assertThat(denied.path("action").asText()).isEqualTo("access.denied");
            assertThat(denied.path("reason").path("text").asText()).endsWith("/versions/" + n + "/publish");
            assertThat(denied.path("actor").path("roles").toString()).contains("investigator");
        }
    }

    private JsonNode last(String key) {
        List<JsonNode> events = audit.aboutSop(key);
        return events.get(events.size() - 1);
    }
}
