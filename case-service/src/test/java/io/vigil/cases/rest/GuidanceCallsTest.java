package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.transition;
import static io.vigil.cases.rest.GuidanceFixtures.answer;
import static io.vigil.cases.rest.GuidanceFixtures.caseFor;
import static io.vigil.cases.rest.GuidanceFixtures.guidance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How case-service calls sop-service: its trace context, timeouts, the circuit breaker, and work going on. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class GuidanceCallsTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @OidcWireMock
    WireMockServer wireMock;
    @Inject
    CircuitBreakerMaintenance circuits;

    FakeSopService sop;

    @BeforeEach
    void publishAnSop() {
        GuidanceFixtures.closeCircuits(circuits);
        sop = new FakeSopService(wireMock).publishes();
    }

    @AfterEach
    void closeCircuitsAndRemoveStubs() {
        sop.removeAll();
        GuidanceFixtures.closeCircuits(circuits);
    }

    @Test
    void theOutgoingCallCarriesTheIncomingTraceInTraceparent() {
        String id = caseFor(TestTokens.ivy(), sop);
        given().auth().oauth2(TestTokens.ivy()).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .when().get("/api/cases/" + id + "/guidance").then().statusCode(200);
        assertThat(sop.lookups()).isNotEmpty().allSatisfy(r -> assertThat(r.getHeader("traceparent"))
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-0[01]"));
        assertThat(sop.evaluations()).isNotEmpty().allSatisfy(r -> assertThat(r.getHeader("traceparent"))
                .startsWith("00-" + TRACE_ID + "-"));
    }

    @Nested
    class WhenSopServiceIsSlowOrDown {

        @Test
        void aSlowSopServiceMakesGuidanceUnavailableWithinTheTimeout() {
            String id = caseFor(TestTokens.ivy(), sop);
            sop.isSlow(5_000);
            Instant started = Instant.now();
            guidance(TestTokens.ivy(), id).statusCode(200).body("status", equalTo("UNAVAILABLE"))
                    .body("message", equalTo("Guidance is unavailable right now; you can continue working the case"))
                    .body("reason", containsString("did not answer in time")).body("sop", nullValue());
            assertThat(Duration.between(started, Instant.now())).as("two attempts of 1 s, not one of 5 s")
                    .isLessThan(Duration.ofSeconds(4));
        }

        @Test
        void repeatedFailuresOpenTheCircuitSoSopServiceIsLeftAloneUntilItMayHaveRecovered() throws Exception {
            String id = caseFor(TestTokens.ivy(), sop);
            sop.isDown();
            guidance(TestTokens.ivy(), id).statusCode(200).body("status", equalTo("UNAVAILABLE"));
            guidance(TestTokens.ivy(), id).statusCode(200).body("status", equalTo("UNAVAILABLE"));
            int calls = sop.lookups().size();
            assertThat(calls).as("each request tried twice").isEqualTo(4);

            guidance(TestTokens.ivy(), id).statusCode(200).body("status", equalTo("UNAVAILABLE"))
                    .body("reason", containsString("circuit open"));
            assertThat(sop.lookups()).hasSize(calls);

            sop.removeAll();
            sop.publishes();
            Thread.sleep(1_700);
            guidance(TestTokens.ivy(), id).statusCode(200).body("status", equalTo("AVAILABLE"));
        }

        @Test
        void theWalkCannotMoveButTheCaseIsWorkedOnAndItsWalkStillShown() {
            String id = caseFor(TestTokens.ivy(), sop);
            answer(TestTokens.ivy(), id, "reporter", "rights-owner").statusCode(200);
            sop.isDown();
            answer(TestTokens.ivy(), id, "proof", "yes").statusCode(503)
                    .contentType("application/problem+json").body("type", endsWith("guidance-unavailable"))
                    .body("detail", equalTo("Guidance is unavailable right now; you can continue working the case"));
            guidance(TestTokens.ivy(), id).statusCode(200).body("status", equalTo("UNAVAILABLE"))
                    .body("walk.answers[0].value", equalTo("rights-owner"))
                    .body("position.question.input", equalTo("proof"));
            transition(TestTokens.ivy(), id, "TRIAGED").statusCode(200);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"body\":\"Seller called\"}")
                    .when().post("/api/cases/" + id + "/notes").then().statusCode(201);
        }
    }

    @Nested
    class TasksFromSteps {

        @Test
        void theSopsStepsBecomeTasksOnce() {
            String id = caseFor(TestTokens.ivy(), sop);
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/guidance/tasks")
                    .then().statusCode(201).body("items.title", org.hamcrest.Matchers.contains(
                            "Identify the reporter.", "Require proof from rights owners.", "Delist and strike."))
                    .body("items[0].sop.key", equalTo(sop.key)).body("items[2].sop.step", equalTo(3));
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/guidance/tasks")
                    .then().statusCode(201).body("items.size()", equalTo(0));
        }

        @Test
        void withoutSopServiceNoTasksAreMadeAndTheAnswerSaysWhy() {
            String id = caseFor(TestTokens.ivy(), sop);
            sop.isDown();
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/cases/" + id + "/guidance/tasks")
                    .then().statusCode(503).body("type", endsWith("guidance-unavailable"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/tasks")
                    .then().statusCode(200).body("items.size()", equalTo(0));
        }
    }
}
