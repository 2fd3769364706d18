package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.queue;
import static io.vigil.cases.rest.CaseFixtures.report;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class QueueAndClaimTest {

    /** Opens a case routed to the queue by a rule on a category of its own. */
    static String routedCase(String queueId, String severity) {
        String category = "cat-" + Long.toHexString(System.nanoTime());
        given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON)
                .body("{\"rank\":0,\"category\":\"" + category + "\",\"queueId\":\"" + queueId + "\"}")
                .when().post("/api/routing-rules").then().statusCode(201);
        return given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                .body(report("US", uniqueRef()).replace("counterfeit", category).replace("\"high\"",
                        "\"" + severity + "\""))
                .when().post("/api/cases").then().statusCode(201).body("queueId", equalTo(queueId))
                .extract().path("id");
    }

    static io.restassured.response.ValidatableResponse claim(String token, String queueId) {
        return given().auth().oauth2(token).when().post("/api/queues/" + queueId + "/claim").then();
    }

    @Nested
    class Queues {

        @Test
        void aLeadCreatesReadsRenamesAndDeletesAQueue() {
            String id = queue(TestTokens.lena(), "US");
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/queues")
                    .then().statusCode(200).body("items.id", hasItem(id));
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"name\":\"renamed-" + id + "\",\"region\":\"US\",\"kind\":\"LEAD\"}")
                    .when().put("/api/queues/" + id).then().statusCode(200).body("kind", equalTo("LEAD"));
            given().auth().oauth2(TestTokens.lena()).header("If-Match", "\"0\"").when().delete("/api/queues/" + id)
                    .then().statusCode(412);
            given().auth().oauth2(TestTokens.lena()).when().delete("/api/queues/" + id).then().statusCode(204);
            given().auth().oauth2(TestTokens.lena()).when().get("/api/queues/" + id).then().statusCode(404);
        }

        @Test
        void anInvestigatorCannotCreateQueues() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"name\":\"mine\",\"region\":\"US\"}").when().post("/api/queues").then().statusCode(403);
        }

        @Test
        void aDuplicateNameIsAConflict() {
            String id = queue(TestTokens.lena(), "US");
            String name = given().auth().oauth2(TestTokens.lena()).when().get("/api/queues/" + id)
                    .then().extract().path("name");
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON)
                    .body("{\"name\":\"" + name + "\",\"region\":\"US\"}").when().post("/api/queues")
                    .then().statusCode(409).body("type", endsWith("queue-name-taken"));
        }

        @Test
        void aQueueOfAnotherRegionIsNotFound() {
            String id = queue(TestTokens.lena(), "US");
            given().auth().oauth2(TestTokens.ian()).when().get("/api/queues/" + id).then().statusCode(404);
            claim(TestTokens.ian(), id).statusCode(404);
        }
    }

    @Nested
    class Claiming {

        @Test
        void theMostUrgentCaseIsClaimedFirstAndThenNothingIsLeft() {
            String queueId = queue(TestTokens.lena(), "US");
            String low = routedCase(queueId, "low");
            String critical = routedCase(queueId, "critical");
            claim(TestTokens.ivy(), queueId).statusCode(200).body("id", equalTo(critical))
                    .body("assignee", equalTo("ivy"));
            claim(TestTokens.ivy(), queueId).statusCode(200).body("id", equalTo(low));
            claim(TestTokens.ivy(), queueId).statusCode(204);
        }

        @Test
        void manyInvestigatorsClaimingAtOnceNeverGetTheSameCase() throws Exception {
            String queueId = queue(TestTokens.lena(), "US");
            Set<String> opened = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                opened.add(routedCase(queueId, "medium"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                String token = TestTokens.token("inv" + t, Set.of("investigator"), List.of("US"));
                Callable<List<String>> claimer = () -> {
                    List<String> mine = new ArrayList<>();
                    while (true) {
                        var response = claim(token, queueId).extract();
                        if (response.statusCode() == 204) {
                            return mine;
                        }
                        assertThat(response.statusCode()).isEqualTo(200);
                        mine.add(response.path("id"));
                    }
                };
                runs.add(pool.submit(claimer));
            }
            List<String> claimed = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                claimed.addAll(run.get());
            }
            pool.shutdown();
            assertThat(claimed).hasSize(30).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
        }

        @Test
        void aLeadReassignsAndTheWorkloadShowsIt() {
            String queueId = queue(TestTokens.lena(), "US");
            String id = routedCase(queueId, "high");
            claim(TestTokens.ivy(), queueId).statusCode(200);
            String person = "p-" + Long.toHexString(System.nanoTime());
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON)
                    .body("{\"assignee\":\"" + person + "\"}").when().post("/api/cases/" + id + "/assignment")
                    .then().statusCode(200).body("assignee", equalTo(person));
            given().auth().oauth2(TestTokens.lena()).when().get("/api/workload")
                    .then().statusCode(200).body("items.find { it.assignee == '" + person + "' }.open", equalTo(1));
        }

        @Test
        void anInvestigatorCannotAssignSomeoneElse() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"assignee\":\"bob\"}")
                    .when().post("/api/cases/" + id + "/assignment")
                    .then().statusCode(403).body("type", endsWith("assign-forbidden"));
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"assignee\":\"ivy\"}")
                    .when().post("/api/cases/" + id + "/assignment").then().statusCode(200);
        }

        @Test
        void anInvestigatorHasNoWorkloadView() {
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/workload").then().statusCode(403);
        }

        @Test
        void routingRulesAreForLeads() {
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/routing-rules").then().statusCode(403);
            given().auth().oauth2(TestTokens.lena()).when().get("/api/routing-rules").then().statusCode(200)
                    .body("items", not(org.hamcrest.Matchers.nullValue()));
        }
    }
}
