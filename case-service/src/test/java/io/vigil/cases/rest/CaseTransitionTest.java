package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.transition;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class CaseTransitionTest {

    @Inject
    AuditRows audit;

    @Nested
    class LegalMoves {

        @Test
        void aCaseWalksTheWholeLifeAndEachStepIsInTheHistory() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            for (String to : new String[] {"TRIAGED", "IN_PROGRESS", "WAITING", "IN_PROGRESS", "RESOLVED", "CLOSED",
                    "REOPENED", "ESCALATED"}) {
                transition(TestTokens.ivy(), id, to).statusCode(200).body("status", equalTo(to));
            }
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/history")
                    .then().statusCode(200).body("items", hasSize(8))
                    .body("items[0].from", equalTo("NEW")).body("items[0].to", equalTo("TRIAGED"))
                    .body("items[0].changedBy", equalTo("ivy")).body("items[7].to", equalTo("ESCALATED"));
        }

        @Test
        void eachTransitionIsAuditedWithTheStatusChange() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ivy(), id, "TRIAGED").statusCode(200);
            assertThat(audit.about(id)).anySatisfy(envelope -> assertThat(envelope)
                    .contains("\"action\":\"case.transition\"").contains("\"before\":\"NEW\"")
                    .contains("\"after\":\"TRIAGED\"").contains("\"region\":\"US\""));
            assertThat(audit.about(id)).anySatisfy(envelope -> assertThat(envelope).contains("\"case.open\""));
        }

        @Test
        void waitingPausesTheSlaAndWorkingResumesIt() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ivy(), id, "TRIAGED");
            transition(TestTokens.ivy(), id, "IN_PROGRESS");
            transition(TestTokens.ivy(), id, "WAITING").statusCode(200).body("sla.paused", equalTo(true));
            transition(TestTokens.ivy(), id, "IN_PROGRESS").statusCode(200).body("sla.paused", equalTo(false));
        }

        @Test
        void theNewVersionComesBackAsETag() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ivy(), id, "TRIAGED").statusCode(200).header("ETag", equalTo("\"1\""));
        }
    }

    @Nested
    class RefusedMoves {

        @Test
        void anIllegalTransitionIsAConflictNamingTheAllowedOnes() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ivy(), id, "CLOSED").statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("illegal-transition"))
                    .body("allowed", containsInAnyOrder("TRIAGED", "ESCALATED"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id)
                    .then().body("status", equalTo("NEW")).body("version", equalTo(0));
        }

        @Test
        void aRefusedTransitionIsAuditedAsDenied() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ivy(), id, "RESOLVED").statusCode(409);
            assertThat(audit.about(id)).anySatisfy(envelope -> assertThat(envelope)
                    .contains("\"status\":\"denied\"").contains("illegal-transition"));
        }

        @Test
        void aStaleIfMatchIsPreconditionFailedAndChangesNothing() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ivy(), id, "TRIAGED").statusCode(200);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"to\":\"IN_PROGRESS\"}")
                    .when().post("/api/cases/" + id + "/transitions")
                    .then().statusCode(412).body("type", endsWith("stale-version")).body("currentVersion", equalTo(1));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id)
                    .then().body("status", equalTo("TRIAGED"));
        }

        @Test
        void aCurrentIfMatchIsAccepted() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"to\":\"TRIAGED\"}")
                    .when().post("/api/cases/" + id + "/transitions").then().statusCode(200);
        }

        @Test
        void aForeignIfMatchIsABadRequest() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("If-Match", "\"abc\"")
                    .body("{\"to\":\"TRIAGED\"}")
                    .when().post("/api/cases/" + id + "/transitions")
                    .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        }

        @Test
        void aCaseOutsideTheCallersRegionsIsNotFound() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ian(), id, "TRIAGED").statusCode(404);
        }

        @Test
        void anAuditorMayNotTransition() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.aud(), id, "TRIAGED").statusCode(403);
        }

        @Test
        void anUnknownTargetStatusNamesTheField() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            transition(TestTokens.ivy(), id, "DONE").statusCode(400).body("errors[0].field", equalTo("to"));
        }

        @Test
        void aMissingTargetStatusIsABadRequest() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/cases/" + id + "/transitions")
                    .then().statusCode(400).body("errors.field", contains("to"));
        }
    }
}
