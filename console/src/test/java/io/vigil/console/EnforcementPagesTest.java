package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.Pages.open;
import static io.vigil.console.SopFixtures.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

/** The enforcement panel of a case, its request and reversal, the statement download and the approvals inbox. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class EnforcementPagesTest {

    static final String ACTION_ID = "0193a1b2-0000-7000-8000-0000000000e5";
    static final String BASE = "/api/cases/" + CASE_ID;

    static String action(String type, String status, String requestedBy) {
        return """
                {"id":"%s","caseId":"%s","region":"US","type":"%s","status":"%s",
                 "subjects":[{"type":"account","ref":"A-9"}],"accountGroupId":null,"reasonCode":"SHOP-COUNTERFEIT",
                 "reason":{"policy":"counterfeit","groundType":"TERMS","ground":"Terms 4.2","groundExplanation":"x",
                           "groundUrl":null,"dsaCategory":"SCOPE_OF_PLATFORM_SERVICE","strikeWeight":1},
                 "sop":{"key":"shop.counterfeit","version":3,"decisionPath":["brand-check","suspend"]},
                 "rationale":"40 replica sneakers sold in a week","territorialScope":["US"],"automatedDetection":false,
                 "automatedDecision":"not-automated","effectiveFrom":"2026-11-20T10:00:00Z","duration":"P14D",
                 "expiresAt":"2026-12-04T10:00:00Z","approvalRequired":false,"requestedBy":"%s",
                 "requestedAt":"2026-11-20T10:00:00Z","decidedBy":null,"decidedAt":null,"decisionReason":null,
                 "activatedAt":"2026-11-20T10:00:00Z","reversedBy":null,"reversedAt":null,"reversalReason":null,
                 "version":2}
                """.formatted(ACTION_ID, CASE_ID, type, status, requestedBy);
    }

    static final String STRIKES = """
            {"suggestedAction":"restrict","maxActiveStrikes":1,"subjects":[
              {"subject":{"type":"account","ref":"A-9"},"activeStrikes":1,"nextStrike":2,"suggestedAction":"restrict",
               "strikes":[{"id":"0193a1b2-0000-7000-8000-0000000000d7","enforcementId":"0193a1b2-0000-7000-8000-0000000000e5",
                 "subject":{"type":"account","ref":"A-9"},"region":"US","policy":"counterfeit","weight":1,
                 "issuedAt":"2026-11-20T10:00:00Z","expiresAt":"2027-05-19T10:00:00Z","status":"ACTIVE","counting":true,
                 "dismissedBy":null,"dismissedAt":null,"dismissalReason":null,"version":0}]}]}
            """;

    static final String REASONS = """
            {"items":[{"code":"SHOP-COUNTERFEIT","domain":"shop","title":"Counterfeit goods","policy":"counterfeit",
              "groundType":"TERMS","ground":"Terms 4.2","groundExplanation":"x","groundUrl":null,
              "dsaCategory":"SCOPE_OF_PLATFORM_SERVICE","strikeWeight":1,"active":true,
              "createdAt":"2026-11-01T00:00:00Z","updatedAt":"2026-11-01T00:00:00Z","version":0}],"nextCursor":null}
            """;

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void aCaseWithOneActiveAction() {
        caseService.resetAll();
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(CaseFixtures.fullCase(CASE_ID,
                "TS-2026-000123", "IN_PROGRESS", "ivy", 3))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/enforcements"))
                .willReturn(okJson("{\"items\":[" + action("suspend", "ACTIVE", "ivy") + "],\"nextCursor\":null}")));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/strikes")).willReturn(okJson(STRIKES)));
        caseService.stubFor(get(urlPathEqualTo("/api/reason-codes")).willReturn(okJson(REASONS)));
    }

    private static io.restassured.response.Response postForm(Map<String, String> session, String path,
            boolean htmx, Object... fields) {
        var request = given().cookies(session).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam((String) fields[i], fields[i + 1]);
        }
        return request.when().post(path);
    }

    @Test
    void thePanelShowsActionsStrikesTheSuggestionAndTheRequestFormWithTheFourEyesRule() {
        String token = TestTokens.ivy();
        open(SignIn.as(oidc, token), "/cases/" + CASE_ID + "/enforcements").then().statusCode(200)
                .body(containsString("<h2 id=\"enforcements-h\">Enforcement actions</h2>"),
                        containsString("<strong>suspend</strong>"), containsString("status-ACTIVE"),
                        containsString("account A-9"), containsString("Reason SHOP-COUNTERFEIT (counterfeit, strike weight 1)"),
                        containsString("until 2026-12-04T10:00:00Z"),
                        containsString("SOP shop.counterfeit version 3 via brand-check → suspend"),
                        containsString("/enforcements/" + ACTION_ID + "/statement-of-reasons"),
                        containsString("Suggested next action: <strong>restrict</strong>"),
                        containsString("account A-9: 1 active strike, next would be violation 2"),
                        containsString("value=\"listing:L-123\""), containsString("value=\"account:A-9\""),
                        containsString("SHOP-COUNTERFEIT: Counterfeit goods"),
                        containsString("ban (needs approval)"),
                        containsString("Needs a second person&#39;s approval (a lead other than you): ban, hold-payout, and any action on more than 10 subjects."),
                        containsString("Open an appeal</button>"), not(containsString("Reverse</button>")),
                        not(containsString("Dismiss strike")));
        caseService.verify(getRequestedFor(urlPathEqualTo("/api/reason-codes")).withQueryParam("domain", equalTo("shop"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void anHtmxLoadGetsThePanelAloneAndALeadMayReverse() {
        given().cookies(SignIn.as(oidc, TestTokens.lena())).header("HX-Request", "true")
                .get("/cases/" + CASE_ID + "/enforcements").then().statusCode(200)
                .body(not(containsString("<html")), containsString("enforcements-h"), containsString("Reverse</button>"),
                        containsString("Dismiss strike</button>"));
    }

    @Test
    void aRequestIsSentAsCaseServiceReadsItAndAPendingOneSaysSo() {
        caseService.stubFor(post(urlPathEqualTo(BASE + "/enforcements"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(action("ban", "PENDING_APPROVAL", "ivy"))));
        postForm(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements", false,
                "type", "ban", "subjects", "account:A-9", "reasonCode", "SHOP-COUNTERFEIT", "sopKey", "shop.counterfeit",
                "sopVersion", "3", "rationale", " sold replicas ", "duration", "")
                .then().statusCode(303).header("Location", containsString("/cases/" + CASE_ID + "/enforcements?done=pending"));
        caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/enforcements"))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("""
                        {"type":"ban","subjects":[{"type":"account","ref":"A-9"}],"reasonCode":"SHOP-COUNTERFEIT",
                         "rationale":"sold replicas","sop":{"key":"shop.counterfeit","version":3}}""")));
        open(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements?done=pending").then()
                .body(containsString("waits for a lead&#39;s approval"));
    }

    @Test
    void anHtmxRequestGetsThePanelBackWithTheConfirmation() {
        caseService.stubFor(post(urlPathEqualTo(BASE + "/enforcements"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(action("warn", "ACTIVE", "ivy"))));
        postForm(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements", true,
                "type", "warn", "subjects", "listing:L-123", "reasonCode", "SHOP-COUNTERFEIT", "rationale", "why")
                .then().statusCode(200).body(containsString("The action was requested and is in force."));
    }

    @Test
    void theConsoleRefusesWhatItCanTellIsIncompleteAndKeepsWhatWasTyped() {
        postForm(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements", false,
                "type", "ban", "reasonCode", "SHOP-COUNTERFEIT", "rationale", "kept text")
                .then().statusCode(400).body(containsString("choose at least one subject"), containsString("kept text"));
        postForm(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements", false,
                "type", "ban", "subjects", "account:A-9", "reasonCode", "SHOP-COUNTERFEIT", "rationale", "r",
                "duration", "P7D")
                .then().statusCode(400).body(containsString("a ban is permanent and takes no duration"));
        caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/enforcements")));
    }

    @Test
    void caseServiceRefusalsAreShownInItsWords() {
        caseService.stubFor(post(urlPathEqualTo(BASE + "/enforcements")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(409, "case-not-open", "The case is closed"))));
        postForm(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements", false,
                "type", "warn", "subjects", "account:A-9", "reasonCode", "SHOP-COUNTERFEIT", "rationale", "r")
                .then().statusCode(409).body(containsString("The case is closed"));
    }

    @Test
    void serviceDownShowsUnavailableInThePanel() {
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().cookies(SignIn.as(oidc, TestTokens.ivy())).header("HX-Request", "true")
                .get("/cases/" + CASE_ID + "/enforcements").then().statusCode(200)
                .body(containsString("case-service is unavailable (it did not answer)"), not(containsString("Request action")));
        open(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements").then().statusCode(503);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(problem(404, "not-found", "No such case"))));
        open(SignIn.as(oidc, TestTokens.ivy()), "/cases/" + CASE_ID + "/enforcements").then().statusCode(404);
        open(SignIn.as(oidc, TestTokens.ivy()), "/cases/not-an-id/enforcements").then().statusCode(404);
    }

    @Test
    void anAuditorGetsNoRequestForm() {
        open(SignIn.as(oidc, TestTokens.aud()), "/cases/" + CASE_ID + "/enforcements").then()
                .body(not(containsString("Request action")), not(containsString("Reverse</button>")),
                        not(containsString("Open an appeal")));
    }

    @Test
    void aLeadReversesWithTheVersionAsIfMatch() {
        caseService.stubFor(post(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/reversal"))
                .willReturn(okJson(action("suspend", "REVERSED", "ivy"))));
        postForm(SignIn.as(oidc, TestTokens.lena()), "/cases/" + CASE_ID + "/enforcements/" + ACTION_ID + "/reversal",
                false, "reason", "wrong account", "version", "2")
                .then().statusCode(303).header("Location", containsString("done=reversed"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/reversal"))
                .withHeader("If-Match", equalTo("\"2\"")).withRequestBody(equalToJson("{\"reason\":\"wrong account\"}")));
        postForm(SignIn.as(oidc, TestTokens.lena()), "/cases/" + CASE_ID + "/enforcements/" + ACTION_ID + "/reversal",
                false, "reason", " ", "version", "2").then().statusCode(400);
    }

    @Test
    void aLeadDismissesAStrikeAndASecondDismissalIsShownInCaseServiceWords() {
        String strike = "0193a1b2-0000-7000-8000-0000000000d7";
        caseService.stubFor(post(urlPathEqualTo("/api/strikes/" + strike + "/dismissal")).willReturn(okJson("{}")));
        postForm(SignIn.as(oidc, TestTokens.lena()), "/cases/" + CASE_ID + "/enforcements/strikes/" + strike + "/dismissal",
                true, "reason", "issued on the wrong account", "version", "0")
                .then().statusCode(200).body(containsString("The strike was dismissed; it no longer counts."));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/strikes/" + strike + "/dismissal"))
                .withHeader("If-Match", equalTo("\"0\""))
                .withRequestBody(equalToJson("{\"reason\":\"issued on the wrong account\"}")));
        caseService.stubFor(post(urlPathEqualTo("/api/strikes/" + strike + "/dismissal")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody(problem(409, "strike-dismissed", "The strike was dismissed already"))));
        postForm(SignIn.as(oidc, TestTokens.lena()), "/cases/" + CASE_ID + "/enforcements/strikes/" + strike + "/dismissal",
                false, "reason", "again", "version", "0")
                .then().statusCode(409).body(containsString("The strike was dismissed already"));
    }

    @Test
    void theStatementOfReasonsDownloadsAsJson() {
        caseService.stubFor(get(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/statement-of-reasons"))
                .willReturn(okJson("{\"puid\":\"" + ACTION_ID + "\"}")));
        open(SignIn.as(oidc, TestTokens.ivy()), "/enforcements/" + ACTION_ID + "/statement-of-reasons").then()
                .statusCode(200).contentType(containsString("application/json"))
                .header("Content-Disposition", containsString("attachment; filename=\"statement-of-reasons-" + ACTION_ID))
                .body(containsString("\"puid\""));
        open(SignIn.as(oidc, TestTokens.ivy()), "/enforcements/nope/statement-of-reasons").then().statusCode(404);
    }

    @Test
    void theApprovalsInboxListsPendingActionsForLeadsOnly() {
        caseService.stubFor(get(urlPathEqualTo("/api/enforcements")).withQueryParam("status", equalTo("PENDING_APPROVAL"))
                .willReturn(okJson("{\"items\":[" + action("ban", "PENDING_APPROVAL", "ivy") + "],\"nextCursor\":\"c2\"}")));
        open(SignIn.as(oidc, TestTokens.lena()), "/approvals").then().statusCode(200)
                .body(containsString("aria-current=\"page\">Approvals"), containsString("<strong>ban</strong>"),
                        containsString("Requested by ivy"), containsString("value=\"approve\""),
                        containsString("cursor=c2\" rel=\"next\""));
        open(SignIn.as(oidc, TestTokens.ivy()), "/approvals").then().statusCode(403)
                .body(not(containsString("href=\"/approvals\"")));
    }

    @Test
    void approvingSendsTheDecisionAndSelfApprovalIsShownAsTheFourEyesRule() {
        caseService.stubFor(get(urlPathEqualTo("/api/enforcements"))
                .willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
        caseService.stubFor(post(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/approval"))
                .willReturn(okJson(action("ban", "ACTIVE", "ivy"))));
        postForm(SignIn.as(oidc, TestTokens.lena()), "/approvals/" + ACTION_ID, false,
                "decision", "approve", "reason", "checked the listings", "version", "2")
                .then().statusCode(303).header("Location", containsString("/approvals?done=approved"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/approval"))
                .withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"decision\":\"approve\",\"reason\":\"checked the listings\"}")));
        open(SignIn.as(oidc, TestTokens.lena()), "/approvals?done=approved").then()
                .body(containsString("The action was approved and is in force."));

        caseService.stubFor(post(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/approval"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody(problem(403, "four-eyes", "You requested this action; another lead must decide it"))));
        postForm(SignIn.as(oidc, TestTokens.lena()), "/approvals/" + ACTION_ID, false,
                "decision", "reject", "reason", "no", "version", "2")
                .then().statusCode(403).body(containsString(
                        "Four-eyes rule: You requested this action; another lead must decide it"));
    }

    @Test
    void decisionsNeedAReasonAndALeadAndServiceDownIsSaid() {
        caseService.stubFor(get(urlPathEqualTo("/api/enforcements"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        postForm(SignIn.as(oidc, TestTokens.lena()), "/approvals/" + ACTION_ID, false,
                "decision", "approve", "reason", "", "version", "2").then().statusCode(400)
                .body(containsString("give a reason"), containsString("case-service is unavailable"));
        postForm(SignIn.as(oidc, TestTokens.ivy()), "/approvals/" + ACTION_ID, false,
                "decision", "approve", "reason", "mine", "version", "2").then().statusCode(403);
        caseService.verify(0, postRequestedFor(urlPathEqualTo("/api/enforcements/" + ACTION_ID + "/approval")));
    }
}
