package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.GuidanceFixtures.answer;
import static io.vigil.cases.rest.GuidanceFixtures.caseFor;
import static io.vigil.cases.rest.GuidanceFixtures.guidance;
import static io.vigil.cases.rest.GuidanceFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
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
class GuidanceWalkEndpointTest {

    @OidcWireMock
    WireMockServer wireMock;
    @Inject
    CircuitBreakerMaintenance circuits;
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

    @Nested
    class Showing {

        @Test
        void aCaseShowsTheSopInEffectItsStepsAndTheFirstQuestion() {
            String id = caseFor(TestTokens.ivy(), sop);
            guidance(TestTokens.ivy(), id).statusCode(200)
                    .body("status", equalTo("AVAILABLE")).body("sop.key", equalTo(sop.key))
                    .body("sop.version", equalTo(1)).body("sop.title", equalTo("Counterfeit listings"))
                    .body("sop.stepList", contains("Identify the reporter.", "Require proof from rights owners.",
                            "Delist and strike."))
                    .body("sop.decisionTree.start", equalTo("reporter")).body("sop.diagram", equalTo("flowchart TD"))
                    .body("position.kind", equalTo("QUESTION")).body("position.question.input", equalTo("reporter"))
                    .body("position.question.answers", contains("rights-owner", "user"))
                    .body("walk", nullValue()).body("decision", nullValue());
        }

        @Test
        void sopServiceIsCalledWithCaseServicesOwnTokenAndTheCasesFacts() {
            String id = caseFor(TestTokens.ivy(), sop);
            guidance(TestTokens.ivy(), id).statusCode(200);
            LoggedRequest lookup = sop.lookups().get(0);
            assertThat(lookup.getHeader("Authorization")).startsWith("Bearer ey")
                    .isNotEqualTo("Bearer " + TestTokens.ivy());
            LoggedRequest evaluation = sop.evaluations().get(0);
            assertThat(evaluation.getBodyAsString()).contains("\"version\":1").contains("\"case.region\":\"US\"")
                    .contains("\"case.severity\":\"high\"").contains("\"case.category\":\"" + sop.category + "\"");
        }

        @Test
        void aCaseNoSopAppliesToSaysSo() {
            FakeSopService none = new FakeSopService(wireMock).publishesNothing();
            try {
                String id = caseFor(TestTokens.ivy(), none);
                guidance(TestTokens.ivy(), id).statusCode(200).body("status", equalTo("NO_SOP"))
                        .body("sop", nullValue()).body("position", nullValue());
                answer(TestTokens.ivy(), id, "reporter", "user").statusCode(409)
                        .body("type", endsWith("no-sop-applies"));
            } finally {
                none.removeAll();
            }
        }
    }

    @Nested
    class Walking {

        @Test
        void answersAndAFactLeadToTheTreesOutcomeRecordedOnTheCase() {
            String id = caseFor(TestTokens.ivy(), sop);
            answer(TestTokens.ivy(), id, "reporter", "rights-owner").statusCode(200)
                    .body("position.question.input", equalTo("proof")).body("walk.status", equalTo("WALKING"))
                    .body("walk.sopVersion", equalTo(1)).body("walk.answers[0].value", equalTo("rights-owner"))
                    .body("walk.answers[0].by", equalTo("ivy"));
            answer(TestTokens.ivy(), id, "proof", "yes").statusCode(200)
                    .body("position.kind", equalTo("FACT")).body("position.fact.name", equalTo("seller.priorStrikes"))
                    .body("position.fact.type", equalTo("int"));
            step(TestTokens.ivy(), id, "{\"facts\":{\"seller.priorStrikes\":0}}").statusCode(200)
                    .body("position.kind", equalTo("OUTCOME")).body("position.outcome.code", equalTo("DELIST_AND_STRIKE"))
                    .body("walk.status", equalTo("OUTCOME_REACHED")).body("walk.treeOutcome", equalTo("DELIST_AND_STRIKE"))
                    .body("walk.facts.'seller.priorStrikes'", equalTo(0));
            guidance(TestTokens.lena(), id).statusCode(200).body("walk.answers.input", contains("reporter", "proof"))
                    .body("position.outcome.code", equalTo("DELIST_AND_STRIKE"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/timeline").then()
                    .body("items.kind", hasItem("guidance"));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.guidance-begin\"") && e.contains(sop.key))
                    .anyMatch(e -> e.contains("\"case.guidance-answer\"") && e.contains("\"guidance.proof\""))
                    .anyMatch(e -> e.contains("\"case.guidance-outcome\"") && e.contains("DELIST_AND_STRIKE"));
        }

        @Test
        void theEvaluationCarriesTheAnswersSoFarOnThePinnedVersion() {
            String id = caseFor(TestTokens.ivy(), sop);
            answer(TestTokens.ivy(), id, "reporter", "rights-owner").statusCode(200);
            answer(TestTokens.ivy(), id, "proof", "no").statusCode(200).body("position.outcome.code",
                    equalTo("REQUEST_PROOF"));
            assertThat(sop.evaluations()).anyMatch(r -> r.getBodyAsString().contains("\"reporter\":\"rights-owner\"")
                    && r.getBodyAsString().contains("\"proof\":\"no\"") && r.getBodyAsString().contains("\"version\":1"));
        }

        @Test
        void answeringAnotherQuestionThanTheOneAskedIsAConflictAndAudited() {
            String id = caseFor(TestTokens.ivy(), sop);
            answer(TestTokens.ivy(), id, "reporter", "rights-owner").statusCode(200);
            answer(TestTokens.ivy(), id, "reporter", "user").statusCode(409)
                    .body("type", endsWith("guidance-stale-question")).body("waitingOn", equalTo("proof"));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.guidance-answer\"")
                    && e.contains("\"denied\"") && e.contains("guidance-stale-question"));
        }

        @Test
        void anAnswerTheQuestionDoesNotOfferIsABadRequest() {
            String id = caseFor(TestTokens.ivy(), sop);
            answer(TestTokens.ivy(), id, "reporter", "the-moon").statusCode(400)
                    .body("errors[0].field", equalTo("value"));
        }

        @Test
        void afterTheOutcomeFurtherAnswersAreRefusedUntilTheWalkStartsOver() {
            String id = caseFor(TestTokens.ivy(), sop);
            answer(TestTokens.ivy(), id, "reporter", "user").statusCode(200).body("walk.treeOutcome",
                    equalTo("MONITOR_LISTING"));
            step(TestTokens.ivy(), id, "{\"facts\":{\"seller.priorStrikes\":3}}").statusCode(409)
                    .body("type", endsWith("guidance-outcome-reached"));
            given().auth().oauth2(TestTokens.ivy()).when().delete("/api/cases/" + id + "/guidance/walk")
                    .then().statusCode(204);
            guidance(TestTokens.ivy(), id).statusCode(200).body("walk", nullValue())
                    .body("position.question.input", equalTo("reporter"));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.guidance-restart\""));
        }

        @Test
        void factsCannotSpeakForTheCaseItselfAndMustBePlainValues() {
            String id = caseFor(TestTokens.ivy(), sop);
            step(TestTokens.ivy(), id, "{\"facts\":{\"case.region\":\"EU\"}}").statusCode(400)
                    .body("errors[0].field", equalTo("facts.case.region"));
            step(TestTokens.ivy(), id, "{\"facts\":{\"seller\":{\"priorStrikes\":1}}}").statusCode(400)
                    .body("errors[0].field", equalTo("facts.seller"));
            step(TestTokens.ivy(), id, "{\"facts\":{\"seller.priorStrikes\":null}}").statusCode(400)
                    .body("errors[0].field", equalTo("facts.seller.priorStrikes"));
            step(TestTokens.ivy(), id, "{\"input\":\"reporter\"}").statusCode(400);
        }
    }

    @Nested
    class WhoMay {

        @Test
        void aCaseOutsideTheCallersRegionsIsNotFoundAndTheAttemptAudited() {
            String id = caseFor(TestTokens.ivy(), sop);
            guidance(TestTokens.ian(), id).statusCode(404);
            answer(TestTokens.ian(), id, "reporter", "user").statusCode(404);
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"case.guidance-answer\"")
                    && e.contains("\"denied\""));
            assertThat(sop.lookups()).isEmpty();
        }

        @Test
        void anAuditorOrAnSopAuthorMayNotWorkGuidance() {
            String id = caseFor(TestTokens.ivy(), sop);
            guidance(TestTokens.aud(), id).statusCode(403);
            answer(TestTokens.sam(), id, "reporter", "user").statusCode(403);
        }
    }
}
