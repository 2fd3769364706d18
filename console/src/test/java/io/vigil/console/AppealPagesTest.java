package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.EnforcementPagesTest.ACTION_ID;
import static io.vigil.console.EnforcementPagesTest.action;
import static io.vigil.console.Pages.open;
import static io.vigil.console.Pages.post;
import static io.vigil.console.SopFixtures.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filing an appeal from the enforcement panel, the appeals list, one appeal and its decision. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class AppealPagesTest {

    static final String APPEAL_ID = "0193a1b2-0000-7000-8000-0000000000f6";
    static final String REVIEW_CASE_ID = "0193a1b2-0000-7000-8000-000000000777";

    static String appeal(String status, String outcome) {
        String out = outcome == null ? "null" : "\"" + outcome + "\"";
        return """
                {"id":"%s","status":"%s","outcome":%s,"enforcementId":"%s","appealedCaseId":"%s","region":"US",
                 "statement":"I bought these sneakers from the brand and can show receipts","filedBy":"ivy",
                 "filedAt":"2026-11-21T08:00:00Z","decidedBy":null,"decidedAt":null,"decisionReason":null,
                 "case":{"id":"%s","ref":"TS-2026-000777","title":"Appeal"},"version":0}
                """.formatted(APPEAL_ID, status, out, ACTION_ID, CASE_ID, REVIEW_CASE_ID);
    }

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void anOpenAppeal() {
        caseService.resetAll();
        caseService.stubFor(get(urlPathEqualTo("/api/appeals/" + APPEAL_ID)).willReturn(okJson(appeal("OPEN", null))));
        caseService.stubFor(get(urlPathEqualTo("/api/enforcements/" + ACTION_ID))
                .willReturn(okJson(action("suspend", "ACTIVE", "ian"))));
    }

    @Test
    void theListShowsAppealsWithTheirReviewCasesAndPassesTheFilter() {
        caseService.stubFor(get(urlPathEqualTo("/api/appeals")).withQueryParam("status", equalTo("OPEN"))
                .willReturn(okJson("{\"items\":[" + appeal("OPEN", null) + "],\"nextCursor\":\"n2\"}")));
        open(SignIn.as(oidc, TestTokens.ivy()), "/appeals?status=OPEN").then().statusCode(200)
                .body(containsString("aria-current=\"page\">Appeals"), containsString("href=\"/appeals/" + APPEAL_ID + "\""),
                        containsString("TS-2026-000777"), containsString("<option value=\"OPEN\" selected"),
                        containsString("cursor=n2\" rel=\"next\""));
    }

    @Test
    void theListSaysWhenCaseServiceIsDownAndRefusesOtherRoles() {
        caseService.stubFor(get(urlPathEqualTo("/api/appeals")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        open(SignIn.as(oidc, TestTokens.ivy()), "/appeals").then().statusCode(200)
                .body(containsString("case-service is unavailable (it did not answer)"));
        open(SignIn.as(oidc, TestTokens.aud()), "/appeals").then().statusCode(403)
                .body(not(containsString("href=\"/appeals\"")));
    }

    @Test
    void theAppealPageShowsTheStatementTheActionAndTheDecisionForm() {
        open(SignIn.as(oidc, TestTokens.ivy()), "/appeals/" + APPEAL_ID).then().statusCode(200)
                .body(containsString("I bought these sneakers from the brand"), containsString("<strong>suspend</strong> (ACTIVE)"),
                        containsString("Requested by ian"), containsString("href=\"/cases/" + CASE_ID + "\""),
                        containsString("value=\"overturned\""), containsString("<label for=\"appeal-reason\">"));
        open(SignIn.as(oidc, TestTokens.ada()), "/appeals/" + APPEAL_ID).then().statusCode(200)
                .body(not(containsString("value=\"overturned\"")));
    }

    @Test
    void anUnknownAppealIsNotFound() {
        caseService.stubFor(get(urlPathEqualTo("/api/appeals/" + APPEAL_ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(problem(404, "not-found", "No such appeal"))));
        open(SignIn.as(oidc, TestTokens.ivy()), "/appeals/" + APPEAL_ID).then().statusCode(404);
        open(SignIn.as(oidc, TestTokens.ivy()), "/appeals/nope").then().statusCode(404);
    }

    @Test
    void decidingSendsTheOutcomeWithIfMatchAndAConflictedDeciderSeesWhy() {
        caseService.stubFor(post(urlPathEqualTo("/api/appeals/" + APPEAL_ID + "/decision"))
                .willReturn(okJson(appeal("DECIDED", "overturned"))));
        post(SignIn.as(oidc, TestTokens.ivy()), "/appeals/" + APPEAL_ID + "/decision",
                Map.of("outcome", "overturned", "reason", "receipts are genuine", "version", "0"))
                .then().statusCode(303).header("Location", containsString("/appeals/" + APPEAL_ID + "?done=decided"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/appeals/" + APPEAL_ID + "/decision"))
                .withHeader("If-Match", equalTo("\"0\""))
                .withRequestBody(equalToJson("{\"outcome\":\"overturned\",\"reason\":\"receipts are genuine\"}")));

        caseService.stubFor(post(urlPathEqualTo("/api/appeals/" + APPEAL_ID + "/decision")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody(problem(403, "appeal-decider-conflict", "You requested or approved this action"))));
        post(SignIn.as(oidc, TestTokens.ivy()), "/appeals/" + APPEAL_ID + "/decision",
                Map.of("outcome", "upheld", "reason", "kept reason", "version", "0"))
                .then().statusCode(403).body(containsString("You requested or approved this action"),
                        containsString("kept reason"));
    }

    @Test
    void aDecisionNeedsAnOutcomeAReasonAndADecidingRole() {
        post(SignIn.as(oidc, TestTokens.ivy()), "/appeals/" + APPEAL_ID + "/decision",
                Map.of("outcome", "maybe", "reason", "r", "version", "0")).then().statusCode(400)
                .body(containsString("choose upheld or overturned"));
        post(SignIn.as(oidc, TestTokens.ivy()), "/appeals/" + APPEAL_ID + "/decision",
                Map.of("outcome", "upheld", "reason", " ", "version", "0")).then().statusCode(400);
        post(SignIn.as(oidc, TestTokens.ada()), "/appeals/" + APPEAL_ID + "/decision",
                Map.of("outcome", "upheld", "reason", "r", "version", "0")).then().statusCode(403);
        caseService.verify(0, postRequestedFor(urlPathEqualTo("/api/appeals/" + APPEAL_ID + "/decision")));
    }

    @Test
    void anAppealIsFiledFromTheEnforcementPanelAndLandsOnItsPage() {
        caseService.stubFor(post(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/appeals"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(appeal("OPEN", null))));
        post(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements/" + ACTION_ID + "/appeals",
                Map.of("statement", " I have receipts ")).then().statusCode(303)
                .header("Location", containsString("/appeals/" + APPEAL_ID + "?done=filed"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/appeals"))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("{\"statement\":\"I have receipts\"}")));
    }

    @Test
    void aSecondOpenAppealIsRefusedInCaseServiceWords() {
        caseService.stubFor(get(urlPathEqualTo("/api/cases/" + CASE_ID)).willReturn(okJson(CaseFixtures.fullCase(CASE_ID,
                "TS-2026-000123", "IN_PROGRESS", "ivy", 3))));
        caseService.stubFor(get(urlPathEqualTo("/api/cases/" + CASE_ID + "/enforcements"))
                .willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
        caseService.stubFor(get(urlPathEqualTo("/api/cases/" + CASE_ID + "/strikes"))
                .willReturn(okJson("{\"suggestedAction\":\"warn\",\"maxActiveStrikes\":0,\"subjects\":[]}")));
        caseService.stubFor(get(urlPathEqualTo("/api/reason-codes")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
        caseService.stubFor(post(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/appeals")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody(problem(409, "appeal-open", "An appeal of this action is open already"))));
        post(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements/" + ACTION_ID + "/appeals",
                Map.of("statement", "again")).then().statusCode(409)
                .body(containsString("An appeal of this action is open already"));
        post(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements/" + ACTION_ID + "/appeals",
                Map.of("statement", "")).then().statusCode(400);
    }
}
