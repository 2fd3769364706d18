package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.queue;
import static io.vigil.cases.rest.CaseFixtures.transition;
import static io.vigil.cases.rest.QueueAndClaimTest.claim;
import static io.vigil.cases.rest.QueueAndClaimTest.routedCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.cases.sla.SlaSweep;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class SlaTest {

    @Inject
    SlaSweep sweep;

    @Inject
    AuditRows audit;

    private void sweepAll() {
        while (sweep.sweep() > 0) {
            Thread.onSpinWait();
        }
    }

    private static io.restassured.response.ValidatableResponse read(String id) {
        return given().auth().oauth2(TestTokens.lena()).when().get("/api/cases/" + id).then().statusCode(200);
    }

    @Test
    void aBreachedP1CaseIsEscalatedToTheLeadQueueAndAudited() {
        String queueId = queue(TestTokens.lena(), "US");
        String leadQueue = given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON)
                .body("{\"name\":\"lead-" + queueId + "\",\"region\":\"US\",\"domain\":\"shop\",\"kind\":\"LEAD\"}")
                .when().post("/api/queues").then().statusCode(201).extract().path("id");
        String id = routedCase(queueId, "high");
        claim(TestTokens.ivy(), queueId).statusCode(200);
        TestClock.advance(Duration.ofMinutes(50));
        sweepAll();
        read(id).body("sla.state", equalTo("AT_RISK"));
        TestClock.advance(Duration.ofMinutes(11));
        sweepAll();
        read(id).body("sla.state", equalTo("BREACHED")).body("status", equalTo("ESCALATED"))
                .body("assignee", nullValue());
        String movedTo = read(id).extract().path("queueId");
        assertThat(movedTo).isIn(leadQueue, given().auth().oauth2(TestTokens.lena()).when().get("/api/queues")
                .then().extract().path("items.find { it.kind == 'LEAD' && it.region == 'US' }.id"));
        assertThat(audit.about(id)).anySatisfy(e -> assertThat(e).contains("case.sla-breached"))
                .anySatisfy(e -> assertThat(e).contains("case.escalate"));
    }

    @Test
    void aLowPriorityBreachIsMarkedButNotEscalated() {
        String queueId = queue(TestTokens.lena(), "US");
        String id = routedCase(queueId, "low");
        TestClock.advance(Duration.ofHours(25));
        sweepAll();
        read(id).body("sla.state", equalTo("BREACHED")).body("status", equalTo("NEW"));
    }

    @Test
    void aWaitingCaseDoesNotBreachWhilePaused() {
        String queueId = queue(TestTokens.lena(), "US");
        String id = routedCase(queueId, "high");
        transition(TestTokens.ivy(), id, "TRIAGED").statusCode(200);
        transition(TestTokens.ivy(), id, "IN_PROGRESS").statusCode(200);
        transition(TestTokens.ivy(), id, "WAITING").statusCode(200);
        TestClock.advance(Duration.ofHours(30));
        sweepAll();
        read(id).body("sla.state", equalTo("ON_TRACK")).body("sla.paused", equalTo(true));
        transition(TestTokens.ivy(), id, "IN_PROGRESS").statusCode(200).body("sla.state", equalTo("ON_TRACK"));
    }
}
