package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.transition;
import static io.vigil.cases.rest.GuidanceFixtures.answer;
import static io.vigil.cases.rest.GuidanceFixtures.caseFor;
import static io.vigil.cases.rest.GuidanceFixtures.decide;
import static io.vigil.cases.rest.GuidanceFixtures.guidance;
import static io.vigil.cases.rest.GuidanceFixtures.walkToDelist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.vigil.cases.guidance.DecisionRelay;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class GuidanceDecisionTest {

    @OidcWireMock
    WireMockServer wireMock;
    @Inject
    CircuitBreakerMaintenance circuits;
    @Inject
    DecisionRelay relay;
    @Inject
    AuditRows auditRows;

    FakeSopService sop;

    @BeforeEach
    void publishAnSop() {
        GuidanceFixtures.closeCircuits(circuits);
        sop = new FakeSopService(wireMock).publishes();
    }

    @AfterEach
    void removeStubs() {
        sop.removeAll();
    }

    static void resolve(String caseId) {
        transition(TestTokens.ivy(), caseId, "TRIAGED").statusCode(200);
        transition(TestTokens.ivy(), caseId, "IN_PROGRESS").statusCode(200);
        transition(TestTokens.ivy(), caseId, "RESOLVED").statusCode(200);
    }

    @Nested
    class FinalOutcome {

        @Test
        void resolvingAfterTheTreeDecidedRecordsItsOutcomeAndTheRelayDeliversItOnce() {
            sop.takesDecisions(201);
            String id = caseFor(TestTokens.ivy(), sop);
            walkToDelist(TestTokens.ivy(), id);
            resolve(id);
            guidance(TestTokens.ivy(), id).statusCode(200).body("walk.status", equalTo("DECIDED"))
                    .body("walk.humanOutcome", equalTo("DELIST_AND_STRIKE")).body("walk.decidedBy", equalTo("ivy"))
                    .body("decision.status", equalTo("QUEUED"));

            relay.relay();
            relay.relay();

            guidance(TestTokens.ivy(), id).statusCode(200).body("decision.status", equalTo("DELIVERED"))
                    .body("decision.attempts", equalTo(1));
            assertThat(sop.decisionsReceived()).hasSize(1);
            LoggedRequest sent = sop.decisionsReceived().get(0);
            assertThat(sent.getBodyAsString()).contains("\"ticketId\":\"case:" + id + "\"")
                    .contains("\"botOutcome\":\"DELIST_AND_STRIKE\"").contains("\"humanOutcome\":\"DELIST_AND_STRIKE\"");
            assertThat(sent.getHeader("Authorization")).startsWith("Bearer ey");
            assertThat(auditRows.about(id))
                    .anyMatch(e -> e.contains("\"case.guidance-decide\"") && e.contains("\"resolved\""))
                    .anyMatch(e -> e.contains("\"case.guidance-decision-deliver\"") && e.contains("\"system\""));
        }

        @Test
        void anInvestigatorsOwnOutcomeStandsAgainstTheTreesAndIsRecordedOnce() {
            sop.takesDecisions(201);
            String id = caseFor(TestTokens.ivy(), sop);
            walkToDelist(TestTokens.ivy(), id);
            decide(TestTokens.ivy(), id, "SUSPEND_SELLER").statusCode(200)
                    .body("walk.status", equalTo("DECIDED")).body("decision.treeOutcome", equalTo("DELIST_AND_STRIKE"))
                    .body("decision.humanOutcome", equalTo("SUSPEND_SELLER")).body("decision.status", equalTo("QUEUED"));
            decide(TestTokens.ivy(), id, "NO_ACTION").statusCode(409).body("type", endsWith("guidance-decided"))
                    .body("humanOutcome", equalTo("SUSPEND_SELLER"));
            given().auth().oauth2(TestTokens.ivy()).when().delete("/api/cases/" + id + "/guidance/walk")
                    .then().statusCode(409).body("type", endsWith("guidance-decided"));
            resolve(id);
            relay.relay();
            assertThat(sop.decisionsReceived()).singleElement()
                    .satisfies(r -> assertThat(r.getBodyAsString()).contains("\"humanOutcome\":\"SUSPEND_SELLER\""));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.guidance-decide\"")
                    && e.contains("\"denied\"") && e.contains("guidance-decided"));
        }

        @Test
        void noFinalOutcomeBeforeTheTreeReachedOne() {
            String id = caseFor(TestTokens.ivy(), sop);
            decide(TestTokens.ivy(), id, "BAN").statusCode(409).body("type", endsWith("guidance-no-outcome"));
            answer(TestTokens.ivy(), id, "reporter", "rights-owner").statusCode(200);
            decide(TestTokens.ivy(), id, "BAN").statusCode(409).body("type", endsWith("guidance-no-outcome"));
            resolve(id);
            guidance(TestTokens.ivy(), id).statusCode(200).body("walk.status", equalTo("WALKING"));
        }

        @Test
        void anOutcomeMustBeACodeTheCaseMustBeVisibleAndTheCallerAnInvestigator() {
            String id = caseFor(TestTokens.ivy(), sop);
            walkToDelist(TestTokens.ivy(), id);
            decide(TestTokens.ivy(), id, "suspend seller").statusCode(400).body("errors[0].field", equalTo("outcome"));
            decide(TestTokens.ian(), id, "SUSPEND_SELLER").statusCode(404);
            decide(TestTokens.aud(), id, "SUSPEND_SELLER").statusCode(403);
            guidance(TestTokens.ivy(), id).statusCode(200).body("walk.status", equalTo("OUTCOME_REACHED"));
        }
    }

    @Nested
    class WhileSopServiceIsAway {

        @Test
        void decisionRecordsWaitAndArriveOnceWhenItReturns() {
            StubMapping down = sop.takesDecisions(503);
            String id = caseFor(TestTokens.ivy(), sop);
            walkToDelist(TestTokens.ivy(), id);
            decide(TestTokens.ivy(), id, "DELIST_AND_STRIKE").statusCode(200);

            relay.relay();
            relay.relay();
            guidance(TestTokens.ivy(), id).statusCode(200).body("decision.status", equalTo("QUEUED"))
                    .body("decision.attempts", greaterThanOrEqualTo(2))
                    .body("decision.lastError", containsString("503"));

            sop.remove(down);
            sop.takesDecisions(201);
            GuidanceFixtures.closeCircuits(circuits);
            relay.relay();
            relay.relay();

            guidance(TestTokens.ivy(), id).statusCode(200).body("decision.status", equalTo("DELIVERED"));
            assertThat(sop.decisionsReceived()).hasSize(3);
            assertThat(wireMock.getServeEvents().getRequests()).filteredOn(e -> e.getRequest().getUrl()
                    .endsWith(sop.key + "/versions/1/decisions") && e.getResponse().getStatus() == 201).hasSize(1);
        }

        @Test
        void aRecordSopServiceAlreadyHoldsCountsAsDeliveredAndIsNotSentAgain() {
            sop.takesDecisions(409);
            String id = caseFor(TestTokens.ivy(), sop);
            walkToDelist(TestTokens.ivy(), id);
            decide(TestTokens.ivy(), id, "DELIST_AND_STRIKE").statusCode(200);
            relay.relay();
            relay.relay();
            guidance(TestTokens.ivy(), id).statusCode(200).body("decision.status", equalTo("DELIVERED"));
            assertThat(sop.decisionsReceived()).hasSize(1);
        }
    }
}
