package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.GuidanceFixtures.API;
import static io.vigil.console.GuidanceFixtures.PANEL;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class GuidancePanelTest {

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    private final String token = TestTokens.ivy();
    private Map<String, String> session;

    @BeforeEach
    void signIn() {
        caseService.resetAll();
        session = SignIn.as(oidc, token);
    }

    private ValidatableResponse panel() {
        return given().cookies(session).redirects().follow(false).when().get(PANEL).then();
    }

    private ValidatableResponse act(String action, Map<String, String> form) {
        return given().cookies(session).redirects().follow(false).header("X-Requested-With", "XMLHttpRequest")
                .formParams(form).when().post(PANEL + action).then();
    }

    private void guidanceIs(String json) {
        caseService.stubFor(get(urlEqualTo(API)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(json)));
    }

    @Nested
    class Showing {

        @Test
        void theFragmentShowsTheSopItsStepsAndTheQuestionWithAnswerButtons() {
            guidanceIs(GuidanceFixtures.atQuestion("reporter", "Who reported the listing?", "rights-owner", "user"));

            panel().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("Counterfeit listings"), containsString("version 3"),
                            containsString("<li>Identify the reporter.</li>"),
                            containsString("<legend>Who reported the listing?</legend>"),
                            containsString("hx-post=\"/cases/" + GuidanceFixtures.CASE_ID + "/guidance/answer\""),
                            containsString("name=\"value\" value=\"rights-owner\""),
                            containsString("name=\"value\" value=\"user\""),
                            not(containsString("<html")), not(containsString("unavailable")));
        }

        @Test
        void whenCaseServiceSaysGuidanceIsUnavailableThePanelSaysWorkGoesOnAndKeepsTheAnswersSoFar() {
            guidanceIs(GuidanceFixtures.unavailableWithWalk());

            panel().statusCode(200).body(
                    containsString("Guidance is unavailable right now; you can continue working the case"),
                    containsString("Who reported the listing? <strong>rights-owner</strong>"),
                    containsString("The walk waits on: Did the rights owner provide proof?"),
                    not(containsString("name=\"value\" value=\"yes\"")));
        }

        @Test
        void whenCaseServiceDoesNotAnswerThePanelSaysTheSame() {
            caseService.stubFor(get(urlEqualTo(API)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            panel().statusCode(200)
                    .body(containsString("Guidance is unavailable right now; you can continue working the case"));
        }

        @Test
        void aCaseWithoutAnSopOrOutsideTheUsersRegionsSaysSoInWords() {
            guidanceIs(GuidanceFixtures.noSop());
            panel().statusCode(200).body(containsString("No published SOP applies"));

            caseService.resetAll();
            caseService.stubFor(get(urlEqualTo(API)).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(GuidanceFixtures.problem(404, "not-found", "Case does not exist"))));
            panel().statusCode(200).body(containsString("This case is not available to you."));
        }

        @Test
        void aDecidedWalkShowsTheFinalOutcomeAndWhetherSopServiceHasIt() {
            guidanceIs(GuidanceFixtures.decided("DELIST_AND_STRIKE", "SUSPEND_SELLER", "QUEUED"));

            panel().statusCode(200).body(containsString("Final outcome: <strong>SUSPEND_SELLER</strong>"),
                    containsString("the SOP's tree said DELIST_AND_STRIKE"),
                    containsString("Waiting to be sent to sop-service."), not(containsString("Start over")));
        }
    }

    @Nested
    class Walking {

        @Test
        void anAnswerGoesToCaseServiceWithTheUsersTokenAndTheNextQuestionComesBack() {
            caseService.stubFor(post(urlEqualTo(API + "/walk")).withHeader("Authorization", equalTo("Bearer " + token))
                    .withRequestBody(equalToJson("{\"input\":\"reporter\",\"value\":\"rights-owner\"}"))
                    .willReturn(okJson(GuidanceFixtures.atQuestion("proof", "Did the rights owner provide proof?",
                            "yes", "no"))));

            act("/answer", Map.of("input", "reporter", "value", "rights-owner")).statusCode(200)
                    .body(containsString("<legend>Did the rights owner provide proof?</legend>"));
            caseService.verify(postRequestedFor(urlEqualTo(API + "/walk")));
        }

        @Test
        void aFactIsSentAsTheTypeTheTreeDeclaresAndAnUnreadableOneIsNotSentAtAll() {
            guidanceIs(GuidanceFixtures.atFact("seller.priorStrikes", "int"));
            panel().statusCode(200).body(containsString("The SOP needs <code>seller.priorStrikes</code>"),
                    containsString("type=\"number\""));
            caseService.stubFor(post(urlEqualTo(API + "/walk"))
                    .withRequestBody(equalToJson("{\"facts\":{\"seller.priorStrikes\":2}}"))
                    .willReturn(okJson(GuidanceFixtures.atOutcome("SUSPEND_SELLER",
                            GuidanceFixtures.walk("OUTCOME_REACHED", "\"SUSPEND_SELLER\"", "null")))));

            act("/facts", Map.of("fact", "seller.priorStrikes", "type", "int", "value", "two")).statusCode(200)
                    .body(containsString("seller.priorStrikes must be a whole number"));
            caseService.verify(0, postRequestedFor(urlEqualTo(API + "/walk")));

            act("/facts", Map.of("fact", "seller.priorStrikes", "type", "int", "value", "2")).statusCode(200)
                    .body(containsString("The SOP's tree says: <strong>SUSPEND_SELLER</strong>"),
                            containsString("Record SUSPEND_SELLER as the final outcome"));
        }

        @Test
        void recordingTheFinalOutcomePostsItAndShowsTheDecidedWalk() {
            caseService.stubFor(post(urlEqualTo(API + "/outcome"))
                    .withRequestBody(equalToJson("{\"outcome\":\"DELIST_AND_STRIKE\"}"))
                    .willReturn(okJson("{\"walk\":{},\"decision\":{}}")));
            guidanceIs(GuidanceFixtures.decided("DELIST_AND_STRIKE", "DELIST_AND_STRIKE", "DELIVERED"));

            act("/outcome", Map.of("outcome", "delist_and_strike", "begin", "false")).statusCode(200)
                    .header("HX-Trigger", "sop-walk-changed")
                    .body(containsString("Final outcome: <strong>DELIST_AND_STRIKE</strong>"),
                            containsString("Sent to sop-service."), not(containsString("tree said")));
        }

        @Test
        void anotherOutcomeIsTypedIntoALabelledFieldWithAVisibleHint() {
            guidanceIs(GuidanceFixtures.atOutcome("SUSPEND_SELLER",
                    GuidanceFixtures.walk("OUTCOME_REACHED", "\"SUSPEND_SELLER\"", "null")));
            String id = GuidanceFixtures.CASE_ID;

            panel().statusCode(200).body(containsString("<label for=\"other-outcome-" + id + "\">Or record another outcome"),
                    containsString("<span id=\"other-outcome-hint-" + id + "\" class=\"hint\">An outcome code"),
                    containsString("<input id=\"other-outcome-" + id + "\" name=\"outcome\" required "
                            + "pattern=\"[A-Za-z][A-Za-z0-9_]*\" maxlength=\"100\" aria-describedby=\"other-outcome-hint-"
                            + id + "\">"));
        }

        @Test
        void aRefusedOutcomeRaisesNoWalkChange() {
            caseService.stubFor(post(urlEqualTo(API + "/outcome")).willReturn(aResponse().withStatus(409)
                    .withHeader("Content-Type", "application/problem+json").withBody(GuidanceFixtures.problem(409,
                            "guidance-not-at-outcome", "The walk has not reached an outcome"))));
            guidanceIs(GuidanceFixtures.atQuestion("proof", "Did the rights owner provide proof?", "yes", "no"));

            act("/outcome", Map.of("outcome", "BAN_SELLER", "begin", "false")).statusCode(200)
                    .header("HX-Trigger", nullValue())
                    .body(containsString("The walk has not reached an outcome"));
        }

        @Test
        void aRefusedStepShowsWhyAndWhereTheWalkNowStands() {
            caseService.stubFor(post(urlEqualTo(API + "/walk")).willReturn(aResponse().withStatus(409)
                    .withHeader("Content-Type", "application/problem+json").withBody(GuidanceFixtures.problem(409,
                            "guidance-stale-question", "The walk waits on the question proof, not reporter"))));
            guidanceIs(GuidanceFixtures.atQuestion("proof", "Did the rights owner provide proof?", "yes", "no"));

            act("/answer", Map.of("input", "reporter", "value", "user")).statusCode(200)
                    .body(containsString("role=\"alert\">The walk waits on the question proof, not reporter"),
                            containsString("<legend>Did the rights owner provide proof?</legend>"));
        }
    }
}
