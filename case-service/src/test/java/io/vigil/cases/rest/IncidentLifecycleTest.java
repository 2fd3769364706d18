package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.incident;
import static io.vigil.cases.rest.IncidentFixtures.leo;
import static io.vigil.cases.rest.IncidentFixtures.lex;
import static io.vigil.cases.rest.IncidentFixtures.read;
import static io.vigil.cases.rest.IncidentFixtures.timeline;
import static io.vigil.cases.rest.IncidentFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class IncidentLifecycleTest {

    @Inject
    AuditRows audit;

    static ValidatableResponse handOver(String token, String id, String commander, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"commander\":\"" + commander + "\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/incidents/" + id + "/commander").then();
    }

    static ValidatableResponse update(String token, String id, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"body\":\"" + text + "\"}")
                .when().post("/api/incidents/" + id + "/updates").then();
    }

    @Nested
    class Status {

        @Test
        void aSev3IncidentWalksToClosedAndEachStepIsOnTheTimelineAndAudited() {
            String id = incident(leo(), "US");
            transition(leo(), id, "MITIGATED").statusCode(200).body("status", equalTo("MITIGATED"))
                    .body("mitigatedAt", notNullValue()).header("ETag", equalTo("\"1\""));
            transition(leo(), id, "RESOLVED").statusCode(200).body("allowedTransitions", contains("OPEN", "CLOSED"));
            transition(leo(), id, "CLOSED").statusCode(200).body("closedAt", notNullValue())
                    .body("allowedTransitions", empty());
            timeline(leo(), id).body("items.summary", hasItem("RESOLVED → CLOSED: test"));
            assertThat(audit.about(id)).filteredOn(e -> e.contains("\"incident.transition\"")).hasSize(3);
        }

        @Test
        void anIllegalMoveIsAConflictNamingTheAllowedOnesAndIsAudited() {
            String id = incident(leo(), "US");
            transition(leo(), id, "CLOSED").statusCode(409).body("type", endsWith("illegal-transition"))
                    .body("from", equalTo("OPEN")).body("allowed", contains("MITIGATED", "RESOLVED"));
            transition(leo(), id, "LOST").statusCode(400).body("errors[0].field", equalTo("to"));
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"denied\"") && e.contains("illegal-transition"));
        }

        @Test
        void aStaleIfMatchIsRefused() {
            String id = incident(leo(), "US");
            transition(leo(), id, "MITIGATED").statusCode(200);
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"to\":\"RESOLVED\"}").when().post("/api/incidents/" + id + "/transitions")
                    .then().statusCode(412).body("currentVersion", equalTo(1));
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "W/\"1\"")
                    .body("{\"to\":\"RESOLVED\"}").when().post("/api/incidents/" + id + "/transitions")
                    .then().statusCode(200);
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "yesterday")
                    .body("{\"to\":\"OPEN\"}").when().post("/api/incidents/" + id + "/transitions")
                    .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        }

        @Test
        void onlyLeadsOfTheIncidentsRegionsMoveIt() {
            String id = incident(leo(), "US");
            transition(TestTokens.ivy(), id, "MITIGATED").statusCode(403);
            transition(TestTokens.ada(), id, "MITIGATED").statusCode(403);
            transition(TestTokens.aud(), id, "MITIGATED").statusCode(403);
            transition(lex(), id, "MITIGATED").statusCode(404);
            read(leo(), id).body("status", equalTo("OPEN"));
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"access.denied\""))
                    .anyMatch(e -> e.contains("\"incident.transition\"") && e.contains("not-found"));
        }
    }

    @Nested
    class Command {

        @Test
        void commandIsHandedOverUnderIfMatch() {
            String id = incident(leo(), "US");
            handOver(leo(), id, "lena", "\"0\"").statusCode(200).body("commander", equalTo("lena"));
            handOver(leo(), id, "leo", "\"0\"").statusCode(412);
            handOver(leo(), id, "not a name!", null).statusCode(400).body("errors[0].field", equalTo("commander"));
            timeline(leo(), id).body("items.summary", hasItem("Command handed from leo to lena"));
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"incident.commander\"") && e.contains("lena"));
        }
    }

    @Nested
    class Updates {

        @Test
        void investigatorsAndLeadsOfTheRegionPostUpdatesToTheTimeline() {
            String id = incident(leo(), "US");
            update(TestTokens.ivy(), id, "Seeing the same pattern in LIVE gifts").statusCode(201)
                    .body("kind", equalTo("update")).body("actor", equalTo("ivy"));
            update(leo(), id, "Blocking the partner API").statusCode(201);
            timeline(TestTokens.aud(), id).body("items.findAll { it.kind == 'update' }.summary",
                    contains("Seeing the same pattern in LIVE gifts", "Blocking the partner API"));
            assertThat(audit.about(id)).filteredOn(e -> e.contains("\"incident.update\"")).hasSize(2)
                    .noneMatch(e -> e.contains("LIVE gifts"));
        }

        @Test
        void auditorsAdminsAndOtherRegionsDoNotPost() {
            String id = incident(leo(), "US");
            update(TestTokens.aud(), id, "x").statusCode(403);
            update(TestTokens.ada(), id, "x").statusCode(403);
            update(TestTokens.ian(), id, "x").statusCode(404);
            update(TestTokens.ivy(), id, "").statusCode(400).body("errors[0].field", equalTo("body"));
        }
    }

    @Nested
    class Closed {

        @Test
        void aClosedIncidentRefusesEveryChangeAsAConflict() {
            String id = incident(leo(), "US");
            transition(leo(), id, "RESOLVED").statusCode(200);
            transition(leo(), id, "CLOSED").statusCode(200);
            update(TestTokens.ivy(), id, "late news").statusCode(409).body("type", endsWith("incident-closed"));
            handOver(leo(), id, "lena", null).statusCode(409).body("type", endsWith("incident-closed"));
            transition(leo(), id, "OPEN").statusCode(409).body("allowed", empty());
            given().auth().oauth2(leo()).contentType(ContentType.JSON).body(IncidentFixtures.body("SEV1", "US"))
                    .when().put("/api/incidents/" + id).then().statusCode(409);
            String kase = CaseFixtures.open(TestTokens.ivy(), "US", CaseFixtures.uniqueRef());
            given().auth().oauth2(leo()).contentType(ContentType.JSON).body("{\"caseId\":\"" + kase + "\"}")
                    .when().post("/api/incidents/" + id + "/cases").then().statusCode(409);
        }
    }
}
