package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.caseJson;
import static io.vigil.console.CaseFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class CasesPageTest {

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void forgetEarlierCalls() {
        caseService.resetAll();
    }

    private Response open(Map<String, String> session, String path) {
        return given().cookies(session).redirects().follow(false).when().get(path);
    }

    @Nested
    class ForAnInvestigator {

        private final String token = TestTokens.ivy();

        @Test
        void theCasesCaseServiceReturnsForTheirOwnTokenAreListed() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases"))
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(okJson(page(List.of(
                            caseJson("TS-2026-000123", "Counterfeit sneakers", "US", "NEW"),
                            caseJson("TS-2026-000124", "Fake refund receipts", "US", "IN_PROGRESS")), null))));

            Response page = open(SignIn.as(oidc, token), "/cases");

            page.then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("TS-2026-000123"), containsString("Counterfeit sneakers"),
                            containsString("TS-2026-000124"), containsString("IN PROGRESS"),
                            containsString("shop / counterfeit"), containsString("2026-11-20 09:15 UTC"),
                            not(containsString("Next page")));
            caseService.verify(getRequestedFor(urlPathEqualTo("/api/cases"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
        }

        @Test
        void thePageHeaderNamesTheUserTheirRolesAndRegionsAndOffersSignOut() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson(page(List.of(), null))));

            open(SignIn.as(oidc, token), "/cases").then().statusCode(200)
                    .body(containsString("ivy"), containsString("investigator"), containsString("US"),
                            containsString("action=\"/logout\""), containsString("href=\"#main\""),
                            containsString("<main id=\"main\""));
        }

        @Test
        void theRequestIdOfThePageTravelsToCaseService() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson(page(List.of(), null))));
            Map<String, String> session = SignIn.as(oidc, token);

            given().cookies(session).header("X-Request-Id", "page-load-7").when().get("/cases")
                    .then().statusCode(200);

            caseService.verify(getRequestedFor(urlPathEqualTo("/api/cases"))
                    .withHeader("X-Request-Id", equalTo("page-load-7")));
        }

        @Test
        void filtersAndTheCursorArePassedOnAndTheNextPageLinkKeepsTheFilters() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("status", equalTo("TRIAGED"))
                    .withQueryParam("region", equalTo("US")).withQueryParam("cursor", equalTo("abc_1"))
                    .withQueryParam("limit", equalTo("50"))
                    .willReturn(okJson(page(List.of(caseJson("TS-2026-000200", "Triaged one", "US", "TRIAGED")),
                            "next_2"))));

            open(SignIn.as(oidc, token), "/cases?status=triaged&region=us&cursor=abc_1").then().statusCode(200)
                    .body(containsString("TS-2026-000200"),
                            containsString("href=\"/cases?status=TRIAGED&amp;region=US&amp;cursor=next_2\""),
                            containsString("href=\"/cases?status=TRIAGED&amp;region=US\""),
                            containsString("<option value=\"TRIAGED\" selected>"));
        }

        @Test
        void searchQueueAssigneePriorityAndSubjectArePassedOnWithMeMeaningTheUser() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("q", equalTo("sneakers"))
                    .withQueryParam("queueId", equalTo(CaseFixtures.QUEUE_ID)).withQueryParam("assignee", equalTo("ivy"))
                    .withQueryParam("priority", equalTo("P1")).withQueryParam("subject", equalTo("L-123"))
                    .willReturn(okJson(page(List.of(caseJson("TS-2026-000210", "Found by search", "US", "NEW")),
                            null))));
            CaseServiceStubs.queues(caseService);

            open(SignIn.as(oidc, token), "/cases?q=sneakers&queueId=" + CaseFixtures.QUEUE_ID
                    + "&assignee=me&priority=p1&subject=L-123").then().statusCode(200)
                    .body(containsString("Found by search"), containsString("value=\"sneakers\""),
                            containsString("<option value=\"" + CaseFixtures.QUEUE_ID + "\" selected>Shop US</option>"),
                            containsString("<option value=\"P1\" selected>"), containsString("Clear filters"));
        }

        @Test
        void eachReferenceLinksToTheCasePage() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson(page(List.of(
                    caseJson("TS-2026-000123", "Counterfeit sneakers", "US", "NEW")), null))));

            open(SignIn.as(oidc, token), "/cases").then().statusCode(200)
                    .body(containsString("<a href=\"/cases/0193a1b2-0000-7000-8000-000123000000\">TS-2026-000123</a>"),
                            containsString("ON TRACK"));
        }

        @Test
        void aStatusTheConsoleDoesNotKnowIsDroppedRatherThanSentOn() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson(page(List.of(), null))));

            open(SignIn.as(oidc, token), "/cases?status=DROP%20TABLE").then().statusCode(200);

            caseService.verify(getRequestedFor(urlPathEqualTo("/api/cases")).withQueryParam("status", absent()));
        }

        @Test
        void anEmptyListSaysSoInWords() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson(page(List.of(), null))));

            open(SignIn.as(oidc, token), "/cases").then().statusCode(200)
                    .body(containsString("No cases match these filters"), not(containsString("<table")));
        }
    }

    @Nested
    class WhenCaseServiceFails {

        @Test
        void aServerErrorIsShownAsAReadableMessageNotAnErrorPage() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(aResponse().withStatus(500)
                    .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":500}")));

            open(SignIn.as(oidc, TestTokens.ivy()), "/cases").then().statusCode(200)
                    .body(containsString("Cases could not be loaded: case-service is unavailable (it answered with HTTP 500)"),
                            not(containsString("Exception")));
        }

        @Test
        void aDroppedConnectionIsShownAsTheServiceNotAnswering() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            open(SignIn.as(oidc, TestTokens.ivy()), "/cases").then().statusCode(200)
                    .body(containsString("Cases could not be loaded: case-service is unavailable (it did not answer)"));
        }

        @Test
        void aServiceSlowerThanTheReadTimeoutIsShownAsNotAnswering() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases"))
                    .willReturn(okJson(page(List.of(), null)).withFixedDelay(3_000)));
            Map<String, String> session = SignIn.as(oidc, TestTokens.ivy());

            long started = System.nanoTime();
            open(session, "/cases").then().statusCode(200)
                    .body(containsString("case-service is unavailable (it did not answer)"));
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_900);
        }

        @Test
        void aForbiddenAnswerTellsTheUserTheirRolesDoNotIncludeCaseWork() {
            String auditor = TestTokens.aud();
            caseService.stubFor(get(urlPathEqualTo("/api/cases"))
                    .withHeader("Authorization", equalTo("Bearer " + auditor))
                    .willReturn(aResponse().withStatus(403)));

            open(SignIn.as(oidc, auditor), "/cases").then().statusCode(200)
                    .body(containsString("Your roles don't include case work"),
                            not(containsString("unavailable")));
        }
    }
}
