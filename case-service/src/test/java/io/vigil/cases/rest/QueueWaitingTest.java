package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.queue;
import static io.vigil.cases.rest.QueueAndClaimTest.claim;
import static io.vigil.cases.rest.QueueAndClaimTest.routedCase;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GET /api/queues/waiting and /api/queues/{id}/waiting: what claim-next would hand out, counted. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class QueueWaitingTest {

    @Test
    void onlyUnassignedOpenCasesCountAsWaiting() {
        String queueId = queue(TestTokens.lena(), "US");
        routedCase(queueId, "low");
        routedCase(queueId, "high");
        String resolved = routedCase(queueId, "low");
        for (String to : new String[] {"TRIAGED", "IN_PROGRESS", "RESOLVED"}) {
            CaseFixtures.transition(TestTokens.lena(), resolved, to).statusCode(200);
        }
        waiting(TestTokens.ivy(), queueId).statusCode(200).body("waiting", equalTo(3 - 1))
                .body("queueId", equalTo(queueId)).body("region", equalTo("US"));
        claim(TestTokens.ivy(), queueId).statusCode(200);
        waiting(TestTokens.ivy(), queueId).statusCode(200).body("waiting", equalTo(1));
        given().auth().oauth2(TestTokens.lena()).when().get("/api/queues/waiting").then().statusCode(200)
                .body("items.find { it.queueId == '" + queueId + "' }.waiting", equalTo(1));
    }

    @Test
    void anEmptyQueueIsListedWithZero() {
        String queueId = queue(TestTokens.lena(), "US");
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/queues/waiting").then().statusCode(200)
                .body("items.find { it.queueId == '" + queueId + "' }.waiting", equalTo(0));
        waiting(TestTokens.ivy(), queueId).statusCode(200).body("waiting", equalTo(0));
    }

    @Test
    void aQueueOutsideTheCallersRegionsIsNotFoundAndNotListed() {
        String queueId = queue(TestTokens.lena(), "US");
        routedCase(queueId, "high");
        waiting(TestTokens.ian(), queueId).statusCode(404);
        given().auth().oauth2(TestTokens.ian()).when().get("/api/queues/waiting").then().statusCode(200)
                .body("items.queueId", not(hasItem(queueId)));
        String noRegions = TestTokens.token("nora", Set.of("investigator"), List.of());
        given().auth().oauth2(noRegions).when().get("/api/queues/waiting").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void onlyCaseWorkersReadCounts() {
        String queueId = queue(TestTokens.lena(), "US");
        waiting(TestTokens.sam(), queueId).statusCode(403);
        waiting(TestTokens.aud(), queueId).statusCode(403);
        given().auth().oauth2(TestTokens.aud()).when().get("/api/queues/waiting").then().statusCode(403);
        waiting(TestTokens.ada(), queueId).statusCode(200);
        given().when().get("/api/queues/waiting").then().statusCode(401);
    }

    @Test
    void anUnknownOrMalformedQueueIsAProblem() {
        waiting(TestTokens.ivy(), "0193a1b2-0000-7000-8000-00000000dead").statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("not-found"));
        waiting(TestTokens.ivy(), "not-a-queue").statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse waiting(String token, String queueId) {
        return given().auth().oauth2(token).when().get("/api/queues/" + queueId + "/waiting").then();
    }
}
