package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.vigil.console.Pages.open;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lead dashboard over case-service's service report and its breached cases. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class LeadDashboardPageTest {

    private static final String REPORT = """
            {"from":"2026-11-01T00:00:00Z","to":"2026-11-21T00:00:00Z","groupBy":"QUEUE","groups":[
              {"group":"shop-US","opened":120,"resolved":90,"slaCompliance":0.875,"firstActionP50":1800.0,"firstActionP90":7200.0,
               "resolutionP50":86400.0,"resolutionP90":259200.0,"escalationRate":0.05,"reopenRate":0.02,
               "backlog":{"underOneDay":10,"oneToThreeDays":5,"threeToSevenDays":2,"sevenToThirtyDays":1,"overThirtyDays":0}},
              {"group":"unqueued","opened":0,"resolved":0,"slaCompliance":null,"firstActionP50":null,"firstActionP90":null,
               "resolutionP50":null,"resolutionP90":null,"escalationRate":null,"reopenRate":null,
               "backlog":{"underOneDay":0,"oneToThreeDays":0,"threeToSevenDays":0,"sevenToThirtyDays":0,"overThirtyDays":3}}]}
            """;

    private static final String BREACHED = """
            {"items":[{"id":"0193a1b2-0000-7000-8000-000000000123","ref":"TS-2026-000123","title":"Counterfeit sneakers",
              "region":"US","priority":"P1","status":"IN_PROGRESS","assignee":null,
              "sla":{"state":"BREACHED","firstActionDue":"2026-11-20T10:00:00Z","firstActionAt":null,
                     "resolutionDue":"2026-11-22T09:00:00Z","paused":false}}],"nextCursor":"b2"}
            """;

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void forgetEarlierCalls() {
        caseService.resetAll();
    }

    @Test
    void aLeadSeesTheChartsTheFiguresAndTheBreachedCasesLinkedToTheirPages() {
        String token = TestTokens.lena();
        caseService.stubFor(get(urlPathEqualTo("/api/metrics/cases")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(REPORT)));
        caseService.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("sla", equalTo("BREACHED")).willReturn(okJson(BREACHED)));

        open(SignIn.as(oidc, token), "/dashboard?groupBy=queue&from=2026-11-01&to=2026-11-20").then().statusCode(200)
                .body(containsString("aria-current=\"page\">Dashboard"), containsString("<svg"),
                        containsString("shop-US: 87.5%"), containsString("unqueued: no SLA decided"),
                        containsString("shop-US: 18 open (10 under 1 day, 5 1-3 days, 2 3-7 days, 1 7-30 days)"),
                        containsString("median 30 min, p90 2 h"), containsString("median 1 d, p90 3 d"),
                        containsString("<a href=\"/cases/0193a1b2-0000-7000-8000-000000000123\">TS-2026-000123</a>"),
                        containsString("first action due 2026-11-20 10:00 UTC"), containsString("unassigned"),
                        containsString("cursor=b2\" rel=\"next\">More breached cases"), containsString("(20 days)"));
        caseService.verify(getRequestedFor(urlPathEqualTo("/api/metrics/cases"))
                .withQueryParam("from", equalTo("2026-11-01T00:00:00Z")).withQueryParam("to", equalTo("2026-11-21T00:00:00Z"))
                .withQueryParam("groupBy", equalTo("queue")));
    }

    @Test
    void withoutChoicesTheLastThirtyDaysPerQueueAreShown() {
        caseService.stubFor(get(urlPathEqualTo("/api/metrics/cases")).willReturn(okJson(REPORT)));
        caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));

        open(SignIn.as(oidc, TestTokens.lena()), "/dashboard?groupBy=nonsense&from=soon").then().statusCode(200)
                .body(containsString("(30 days), per queue"), containsString("No case in your regions has a breached SLA"),
                        containsString("<a href=\"/approvals\">Approvals waiting</a>"),
                        containsString("<a href=\"/incidents?status=OPEN\">Open incidents</a>"),
                        containsString("<a href=\"/shifts\">"), containsString("<a href=\"/quality\">Quality review</a>"));
        caseService.verify(getRequestedFor(urlPathEqualTo("/api/metrics/cases")).withQueryParam("groupBy", equalTo("queue")));
    }

    @Test
    void caseServiceDownIsSaidForEachPartInWords() {
        caseService.stubFor(get(urlPathEqualTo("/api/metrics/cases")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(502)));

        open(SignIn.as(oidc, TestTokens.lena()), "/dashboard").then().statusCode(200)
                .body(containsString("The service report could not be loaded: case-service is unavailable (it did not answer)"),
                        containsString("The breached cases could not be loaded: case-service is unavailable (it answered with HTTP 502)"));
    }

    @Test
    void anEmptyPeriodSaysSo() {
        caseService.stubFor(get(urlPathEqualTo("/api/metrics/cases")).willReturn(okJson(
                "{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-21T00:00:00Z\",\"groupBy\":\"REGION\",\"groups\":[]}")));
        caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));

        open(SignIn.as(oidc, TestTokens.lena()), "/dashboard?groupBy=region").then().statusCode(200)
                .body(containsString("No cases in your regions were opened in this period"), not(containsString("<svg")));
    }

    @Test
    void anInvestigatorIsToldTheDashboardIsForLeadsAndCaseServiceIsNotAsked() {
        open(SignIn.as(oidc, TestTokens.ivy()), "/dashboard").then().statusCode(403)
                .body(containsString("The lead dashboard is for people with the role lead or admin"));
        caseService.verify(0, getRequestedFor(urlPathEqualTo("/api/metrics/cases")));
    }
}
