package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class TaskEndpointTest {

    private static final String STEPS = """
            {"sopKey":"shop.counterfeit","sopVersion":3,"steps":["Check the listing photos","Compare with brand list"]}
            """;

    @Inject
    AuditRows auditRows;

    static String addTask(String token, String caseId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"Call the seller\"}")
                .when().post("/api/cases/" + caseId + "/tasks").then().statusCode(201).extract().path("id");
    }

    @Nested
    class Creating {

        @Test
        void aTaskTypedInIsOpenListedTimelinedAndAudited() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"title\":\"Call the seller\"}").when().post("/api/cases/" + id + "/tasks")
                    .then().statusCode(201)
                    .body("status", equalTo("OPEN")).body("createdBy", equalTo("ivy"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/tasks")
                    .then().statusCode(200).body("items.title", contains("Call the seller"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/timeline")
                    .then().body("items.kind", hasItem("task"));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.task-add\""));
        }

        @Test
        void sopStepsBecomeTasksOnceEvenWhenGeneratedTwice() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(STEPS)
                    .when().post("/api/cases/" + id + "/tasks/from-sop").then().statusCode(201)
                    .body("items.sop.step", contains(1, 2)).body("items[0].sop.key", equalTo("shop.counterfeit"));
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(STEPS)
                    .when().post("/api/cases/" + id + "/tasks/from-sop").then().statusCode(201)
                    .body("items.size()", equalTo(0));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/tasks")
                    .then().body("items.size()", equalTo(2));
            assertThat(auditRows.about(id)).filteredOn(e -> e.contains("\"case.task-generate\"")).hasSize(1)
                    .allMatch(e -> e.contains("shop.counterfeit"));
        }

        @Test
        void aBlankTitleOrAnEmptyStepListIs400() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"title\":\" \"}")
                    .when().post("/api/cases/" + id + "/tasks").then().statusCode(400)
                    .body("errors[0].field", equalTo("title"));
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"sopKey\":\"shop.x\",\"sopVersion\":1,\"steps\":[]}")
                    .when().post("/api/cases/" + id + "/tasks/from-sop").then().statusCode(400)
                    .body("errors[0].field", equalTo("steps"));
        }

        @Test
        void tasksOfACaseInAnotherRegionAreNotFoundAndTheAttemptAudited() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ian()).contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                    .when().post("/api/cases/" + id + "/tasks").then().statusCode(404);
            given().auth().oauth2(TestTokens.ian()).when().get("/api/cases/" + id + "/tasks").then().statusCode(404);
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.task-add\"") && e.contains("\"denied\""));
        }

        @Test
        void anAuditorMayNotAddTasks() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                    .when().post("/api/cases/" + id + "/tasks").then().statusCode(403);
        }
    }

    @Nested
    class Completing {

        @Test
        void aTaskIsCompletedBySomeoneAndReopened() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            String task = addTask(TestTokens.ivy(), id);
            given().auth().oauth2(TestTokens.lena()).when().post("/api/cases/" + id + "/tasks/" + task + "/complete")
                    .then().statusCode(200).body("status", equalTo("DONE")).body("completedBy", equalTo("lena"));
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/tasks/" + task + "/reopen")
                    .then().statusCode(200).body("status", equalTo("OPEN"));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.task-complete\""))
                    .anyMatch(e -> e.contains("\"case.task-reopen\""));
        }

        @Test
        void completingADoneTaskOrReopeningAnOpenOneIs409() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            String task = addTask(TestTokens.ivy(), id);
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/tasks/" + task + "/reopen")
                    .then().statusCode(409).body("type", endsWith("task-open")).body("status", equalTo("OPEN"));
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/tasks/" + task + "/complete")
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/tasks/" + task + "/complete")
                    .then().statusCode(409).body("type", endsWith("task-done"));
        }

        @Test
        void anUnknownTaskOrATaskOfAnotherCaseIsNotFound() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            String other = open(TestTokens.ivy(), "US", uniqueRef());
            String task = addTask(TestTokens.ivy(), other);
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/tasks/" + task + "/complete")
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.ivy()).when()
                    .post("/api/cases/" + id + "/tasks/" + UUID.randomUUID() + "/complete").then().statusCode(404);
        }
    }
}
