package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.action;
import static io.vigil.cases.rest.IncidentFixtures.actionStatus;
import static io.vigil.cases.rest.IncidentFixtures.declare;
import static io.vigil.cases.rest.IncidentFixtures.incident;
import static io.vigil.cases.rest.IncidentFixtures.leo;
import static io.vigil.cases.rest.IncidentFixtures.rca;
import static io.vigil.cases.rest.IncidentFixtures.saveRca;
import static io.vigil.cases.rest.IncidentFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class RcaTest {

    @Inject
    AuditRows audit;

    static String sev2() {
        return declare(leo(), IncidentFixtures.body("SEV2", "US")).statusCode(201).extract().path("id");
    }

    @Nested
    class Versions {

        @Test
        void eachSaveIsANewVersionAndEveryVersionStaysReadable() {
            String id = incident(leo(), "US");
            var first = saveRca(leo(), id, "\"0\"", rca(action("Alert on review volume", "ivy"))).statusCode(201)
                    .header("ETag", equalTo("\"1\"")).body("version", equalTo(1)).body("author", equalTo("leo"))
                    .body("correctiveActions[0].status", equalTo("OPEN")).extract();
            assertThat(first.header("Location")).endsWith("/api/incidents/" + id + "/rca/versions/1");
            String actionId = first.path("correctiveActions[0].id");
            saveRca(leo(), id, "\"1\"", rca("{\"id\":\"" + actionId + "\",\"title\":\"Alert on review volume per seller\","
                    + "\"owner\":\"ian\",\"dueDate\":\"2027-01-10\"}", action("Partner API review", "leo")))
                    .statusCode(201).body("version", equalTo(2)).body("correctiveActions", hasSize(2));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/incidents/" + id + "/rca").then().statusCode(200)
                    .header("ETag", equalTo("\"2\"")).body("correctiveActions[0].owner", equalTo("ian"));
            given().auth().oauth2(TestTokens.aud()).when().get("/api/incidents/" + id + "/rca/versions/1").then()
                    .statusCode(200).body("correctiveActions[0].title", equalTo("Alert on review volume"))
                    .body("timeline[0].text", equalTo("First reports"))
                    .body("contributingFactors", contains("No alert on review volume"));
            given().auth().oauth2(TestTokens.ada()).queryParam("limit", 1).when()
                    .get("/api/incidents/" + id + "/rca/versions").then().statusCode(200)
                    .body("items.version", contains(2)).body("nextCursor", notNullValue());
            IncidentFixtures.timeline(leo(), id).body("items.kind", hasItem("rca"));
            assertThat(audit.about(id)).filteredOn(e -> e.contains("\"incident.rca-save\"")).hasSize(2);
        }

        @Test
        void aSaveOnAnOlderVersionIsAPreconditionFailure() {
            String id = incident(leo(), "US");
            saveRca(leo(), id, null, rca()).statusCode(201);
            saveRca(leo(), id, "\"0\"", rca()).statusCode(412).body("currentVersion", equalTo(1));
            saveRca(leo(), id, "\"1\"", rca()).statusCode(201).body("version", equalTo(2));
        }

        @Test
        void noReportYetAndAnUnknownVersionAreNotFound() {
            String id = incident(leo(), "US");
            given().auth().oauth2(leo()).when().get("/api/incidents/" + id + "/rca").then().statusCode(404);
            saveRca(leo(), id, null, rca()).statusCode(201);
            given().auth().oauth2(leo()).when().get("/api/incidents/" + id + "/rca/versions/9").then().statusCode(404);
            given().auth().oauth2(TestTokens.ian()).when().get("/api/incidents/" + id + "/rca").then().statusCode(404);
        }

        @Test
        void aBadReportNamesEachBadField() {
            String id = incident(leo(), "US");
            saveRca(leo(), id, null, rca().replace("\"summary\":\"Review ring slipped past the new-account filter\"",
                    "\"summary\":\"\"")).statusCode(400).body("errors[0].field", equalTo("summary"));
            saveRca(leo(), id, null, rca("{\"title\":\"x\",\"owner\":\"ivy\",\"dueDate\":\"soon\"}")).statusCode(400)
                    .body("errors[0].field", containsString("dueDate"));
            saveRca(leo(), id, null, rca("{\"title\":\"\",\"owner\":\"ivy\"}")).statusCode(400)
                    .body("errors.field", hasItem("correctiveActions[0].title"))
                    .body("errors.field", hasItem("correctiveActions[0].dueDate"));
            saveRca(leo(), id, null, rca("{\"id\":\"" + java.util.UUID.randomUUID()
                    + "\",\"title\":\"x\",\"owner\":\"ivy\",\"dueDate\":\"2026-12-01\"}")).statusCode(400)
                    .body("errors[0].field", equalTo("correctiveActions[0].id"));
        }

        @Test
        void anActionIsNeverDroppedFromTheReport() {
            String id = incident(leo(), "US");
            saveRca(leo(), id, null, rca(action("Keep me", "ivy"))).statusCode(201);
            saveRca(leo(), id, null, rca()).statusCode(400).body("errors[0].field", equalTo("correctiveActions"))
                    .body("errors[0].message", containsString("waive"));
        }

        @Test
        void onlyLeadsOfTheRegionSaveReports() {
            String id = incident(leo(), "US");
            saveRca(TestTokens.ivy(), id, null, rca()).statusCode(403);
            saveRca(TestTokens.ada(), id, null, rca()).statusCode(403);
            saveRca(IncidentFixtures.lex(), id, null, rca()).statusCode(404);
        }
    }

    @Nested
    class Closing {

        @Test
        void aSev2IncidentClosesOnlyWithAReportAndNoOpenActionUnlessWaived() {
            String id = sev2();
            transition(leo(), id, "RESOLVED").statusCode(200);
            transition(leo(), id, "CLOSED").statusCode(409).body("type", endsWith("rca-required"));
            List<String> ids = saveRca(leo(), id, null, rca(action("Alert on volume", "ivy"),
                    action("Rewrite the filter", "ian"))).statusCode(201).extract().path("correctiveActions.id");
            transition(leo(), id, "CLOSED").statusCode(409).body("type", endsWith("open-corrective-actions"))
                    .body("openActions.title", contains("Alert on volume", "Rewrite the filter"))
                    .body("openActions[0].owner", equalTo("ivy")).body("openActions[0].dueDate", equalTo("2026-12-15"));
            actionStatus(TestTokens.ivy(), id, ids.get(0), "DONE", null).statusCode(200).body("doneBy", equalTo("ivy"));
            transition(leo(), id, "CLOSED").statusCode(409).body("openActions.title", contains("Rewrite the filter"));
            actionStatus(leo(), id, ids.get(1), "WAIVED", "Replaced by the platform migration").statusCode(200)
                    .body("waiver.by", equalTo("leo")).body("waiver.reason", equalTo("Replaced by the platform migration"))
                    .body("waiver.at", notNullValue());
            transition(leo(), id, "CLOSED").statusCode(200).body("status", equalTo("CLOSED"));
            saveRca(leo(), id, null, rca()).statusCode(409).body("type", endsWith("incident-closed"));
            assertThat(audit.about(id)).anyMatch(e -> e.contains("open-corrective-actions") && e.contains("\"denied\""))
                    .anyMatch(e -> e.contains("\"incident.action-status\"") && e.contains("\"WAIVED\""));
        }
    }

    @Nested
    class CorrectiveActions {

        @Test
        void theOwnerWorksTheirActionButOnlyLeadsWaive() {
            String id = incident(leo(), "US");
            String action = saveRca(leo(), id, null, rca(action("Alert on volume", "ivy"))).statusCode(201)
                    .extract().path("correctiveActions[0].id");
            actionStatus(TestTokens.ivy(), id, action, "IN_PROGRESS", null).statusCode(200)
                    .header("ETag", equalTo("\"1\""));
            actionStatus(TestTokens.ivy(), id, action, "WAIVED", "too hard").statusCode(403)
                    .body("type", endsWith("waiver-forbidden"));
            actionStatus(TestTokens.token("iris", java.util.Set.of("investigator"), List.of("US")), id, action,
                    "DONE", null).statusCode(403).body("type", endsWith("not-action-owner"));
            actionStatus(TestTokens.aud(), id, action, "DONE", null).statusCode(403);
            actionStatus(leo(), id, action, "WAIVED", null).statusCode(400).body("errors[0].field", equalTo("reason"));
            actionStatus(leo(), id, action, "IN_PROGRESS", null).statusCode(409)
                    .body("type", endsWith("illegal-action-transition"));
            given().auth().oauth2(TestTokens.aud()).when().get("/api/incidents/" + id + "/corrective-actions").then()
                    .statusCode(200).body("items[0].status", equalTo("IN_PROGRESS"));
        }

        @Test
        void aStaleOrUnknownActionIsRefused() {
            String id = incident(leo(), "US");
            String action = saveRca(leo(), id, null, rca(action("Alert on volume", "ivy"))).statusCode(201)
                    .extract().path("correctiveActions[0].id");
            given().auth().oauth2(leo()).contentType("application/json").header("If-Match", "\"4\"")
                    .body("{\"status\":\"DONE\"}").when()
                    .post("/api/incidents/" + id + "/corrective-actions/" + action + "/status").then().statusCode(412);
            actionStatus(leo(), id, java.util.UUID.randomUUID().toString(), "DONE", null).statusCode(404);
            actionStatus(leo(), id, action, "FORGOTTEN", null).statusCode(400);
        }
    }
}
