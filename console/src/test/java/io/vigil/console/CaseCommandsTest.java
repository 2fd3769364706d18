package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.CaseServiceStubs.BASE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Status changes and assignment from the case page: If-Match, redirects, and refusals in words. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class CaseCommandsTest {

    private static final String PAGE = "/cases/" + CASE_ID;

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void caseOnFile() {
        caseService.resetAll();
        CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");
    }

    private Response submit(String token, String path, Map<String, String> form) {
        return given().cookies(SignIn.as(oidc, token)).redirects().follow(false).formParams(form)
                .when().post(path);
    }

    private void answer(String path, int status, String body) {
        caseService.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status < 300 ? "application/json" : "application/problem+json")
                .withBody(body)));
    }

    @Nested
    class ChangingStatus {

        @Test
        void aTransitionCarriesTheShownVersionAsIfMatchAndReturnsToTheCaseWithAConfirmation() {
            String token = TestTokens.ivy();
            answer(BASE + "/transitions", 200, CaseFixtures.fullCase(CASE_ID, "TS-2026-000123", "WAITING", "ivy", 8));

            submit(token, PAGE + "/transitions", Map.of("to", "WAITING", "reason", "Asked the buyer for photos",
                    "version", "7")).then().statusCode(303).header("Location", endsWith(PAGE + "?done=status"));

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/transitions"))
                    .withHeader("If-Match", equalTo("\"7\"")).withHeader("Authorization", equalTo("Bearer " + token))
                    .withRequestBody(equalToJson("{\"to\":\"WAITING\",\"reason\":\"Asked the buyer for photos\"}")));
        }

        @Test
        void theConfirmationIsShownOnTheCase() {
            given().cookies(SignIn.as(oidc, TestTokens.ivy())).when().get(PAGE + "?done=status")
                    .then().statusCode(200).body(containsString("Status changed."));
        }

        @Test
        void anIllegalTransitionIsShownWithTheAllowedOnesAndAReloadHint() {
            answer(BASE + "/transitions", 409, """
                    {"type":"urn:vigil:problem:illegal-transition","title":"Conflict","status":409,
                     "detail":"A case in RESOLVED cannot move to WAITING","from":"RESOLVED",
                     "allowed":["CLOSED","REOPENED"]}""");

            submit(TestTokens.ivy(), PAGE + "/transitions", Map.of("to", "WAITING", "reason", "keep me",
                    "version", "7")).then().statusCode(409).contentType(containsString("text/html")).body(
                            containsString("A case in RESOLVED cannot move to WAITING"),
                            containsString("Allowed from here: CLOSED, REOPENED."),
                            containsString("Reload the case"), containsString(">keep me</textarea>"));
        }

        @Test
        void aStaleVersionIsShownAsChangedMeanwhileWithAReloadHint() {
            answer(BASE + "/transitions", 412, CaseFixtures.problem(412, "stale-version", "Precondition failed",
                    "Case is at version 9, not 7; reload it and retry"));

            submit(TestTokens.ivy(), PAGE + "/transitions", Map.of("to", "RESOLVED", "version", "7"))
                    .then().statusCode(412).body(containsString("Case is at version 9, not 7"),
                            containsString("The case changed since you opened it"));
        }

        @Test
        void aStatusTheConsoleDoesNotKnowIsRefusedWithoutAskingCaseService() {
            submit(TestTokens.ivy(), PAGE + "/transitions", Map.of("to", "DELETED", "version", "7"))
                    .then().statusCode(400).body(containsString("Choose one of the status changes offered"));

            caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/transitions")));
        }

        @Test
        void caseServiceGoingDownMidActionIsAReadableMessage() {
            caseService.stubFor(post(urlPathEqualTo(BASE + "/transitions"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            submit(TestTokens.ivy(), PAGE + "/transitions", Map.of("to", "RESOLVED", "version", "7"))
                    .then().statusCode(503).body(containsString("case-service is unavailable"),
                            not(containsString("Exception")));
        }
    }

    @Nested
    class Assigning {

        @Test
        void anInvestigatorTakingACaseAssignsItToThemselves() {
            answer(BASE + "/assignment", 200, CaseFixtures.fullCase(CASE_ID, "TS-2026-000123", "NEW", "ivy", 8));

            submit(TestTokens.ivy(), PAGE + "/assignment", Map.of("assignee", "me", "version", "7"))
                    .then().statusCode(303).header("Location", endsWith("?done=assigned"));

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/assignment"))
                    .withHeader("If-Match", equalTo("\"7\"")).withRequestBody(equalToJson("{\"assignee\":\"ivy\"}")));
        }

        @Test
        void handingBackSendsNoAssignee() {
            answer(BASE + "/assignment", 200, CaseFixtures.fullCase(CASE_ID, "TS-2026-000123", "NEW", null, 8));

            submit(TestTokens.ivy(), PAGE + "/assignment", Map.of("assignee", "", "version", "7"))
                    .then().statusCode(303);

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/assignment"))
                    .withRequestBody(equalToJson("{\"assignee\":null}")));
        }

        @Test
        void aLeadReassignsToSomeoneElse() {
            answer(BASE + "/assignment", 200, CaseFixtures.fullCase(CASE_ID, "TS-2026-000123", "NEW", "leo", 8));

            submit(TestTokens.lena(), PAGE + "/assignment", Map.of("assignee", " leo ", "version", "7"))
                    .then().statusCode(303);

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/assignment"))
                    .withRequestBody(equalToJson("{\"assignee\":\"leo\"}")));
        }

        @Test
        void anInvestigatorAssigningSomeoneElseIsToldWhyNot() {
            answer(BASE + "/assignment", 403, CaseFixtures.problem(403, "assign-forbidden", "Forbidden",
                    "Only leads and admins assign cases to others"));

            submit(TestTokens.ivy(), PAGE + "/assignment", Map.of("assignee", "leo", "version", "7"))
                    .then().statusCode(403).body(containsString("Only leads and admins assign cases to others"));
        }
    }
}
