package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.vigil.console.Pages.open;
import static io.vigil.console.SopFixtures.problem;
import static io.vigil.console.SopFixtures.sop;
import static io.vigil.console.SopFixtures.stats;
import static io.vigil.console.SopFixtures.versions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestTokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The SOP page, the diff between two versions and the performance page. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class SopPagesTest {

    private static final String KEY = "shop.refund-dispute";
    private static final String API = "/api/sops/" + KEY;

    @OidcWireMock
    WireMockServer oidc;

    @FakeSopService.Stub
    WireMockServer sopService;

    @BeforeEach
    void anSopWithThreeVersions() {
        sopService.resetAll();
        sopService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(sop(KEY, "Refund disputes", "shop", "\"GDPR\""))));
        sopService.stubFor(get(urlPathEqualTo(API + "/versions"))
                .willReturn(okJson(versions(KEY, "RETIRED", "PUBLISHED", "IN_REVIEW"))));
        sopService.stubFor(get(urlPathEqualTo("/api/sops/review-due")).willReturn(okJson("[]")));
    }

    @Nested
    class TheSopPage {

        @Test
        void showsTheSopItsTagsAndItsVersionsNewestFirstWithTheLifecycleAtAGlance() {
            String body = open(SignIn.as(oidc, TestTokens.ivy()), "/sops/" + KEY).then().statusCode(200)
                    .body(containsString("Refund disputes"), containsString("investigator, lead"),
                            containsString("every 180 days"), containsString("GDPR"),
                            containsString("<a href=\"/sops/shop.refund-dispute/versions/2\">version 2</a> since 2026-11-03 00:00 UTC"),
                            containsString("version 3</a> in review"), containsString("Show differences"),
                            containsString("50.0%"))
                    .extract().asString();
            org.assertj.core.api.Assertions.assertThat(body.indexOf(">Version 3<")).isLessThan(body.indexOf(">Version 1<"));
        }

        @Test
        void anSopDueForReviewSaysSo() {
            sopService.stubFor(get(urlPathEqualTo("/api/sops/review-due"))
                    .willReturn(okJson(SopFixtures.list(List.of(SopFixtures.reviewDue(KEY, 12))))));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops/" + KEY).then().statusCode(200)
                    .body(containsString("12 days overdue"));
        }

        @Test
        void anUnknownKeyIsA404PageInSopServicesWords() {
            sopService.stubFor(get(urlPathEqualTo("/api/sops/no.such")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem(404, "not-found", "No SOP with key no.such"))));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops/no.such").then().statusCode(404)
                    .body(containsString("No SOP with key no.such"));
        }

        @Test
        void sopServiceDownIsSaidInWords() {
            sopService.stubFor(get(urlPathEqualTo(API)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops/" + KEY).then().statusCode(200)
                    .body(containsString("sop-service is unavailable"));
        }
    }

    @Nested
    class TheDiff {

        private static final String DIFF = """
                {"sop":"shop.refund-dispute","from":2,"to":3,"changeNoteChanged":true,
                 "steps":[{"op":" ","text":"1. Confirm the order."},{"op":"-","text":"2. Ask once."},{"op":"+","text":"2. Ask twice."}],
                 "tree":{"added":["carrier_claim"],"removed":["old_node"],
                   "changed":[{"node":"delivered","changes":[{"field":"text","before":"Arrived?","after":"Did it arrive?"}]}],
                   "tree":[{"field":"facts.order.amount","before":null,"after":"double"}]}}
                """;

        @Test
        void showsTheStepsLineByLineAndTheTreeNodeByNode() {
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/2/diff/3")).willReturn(okJson(DIFF)));

            open(SignIn.as(oidc, TestTokens.sara()), "/sops/" + KEY + "/diff?from=2&to=3").then().statusCode(200)
                    .body(containsString("Version 3 compared with version 2"),
                            containsString("<span class=\"visually-hidden\">Removed: </span><span aria-hidden=\"true\">− </span>2. Ask once."),
                            containsString("<span class=\"visually-hidden\">Added: </span><span aria-hidden=\"true\">+ </span>2. Ask twice."),
                            containsString("carrier_claim"), containsString("old_node"), containsString("Did it arrive?"),
                            containsString("facts.order.amount"), containsString("(none)"));
        }

        @Test
        void anUnknownVersionIsA404InWords() {
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/2/diff/9")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem(404, "not-found", "SOP shop.refund-dispute has no version 9"))));

            open(SignIn.as(oidc, TestTokens.sara()), "/sops/" + KEY + "/diff?from=2&to=9").then().statusCode(404)
                    .body(containsString("has no version 9"));
        }

        @Test
        void withoutBothVersionsTheBrowserGoesBackToTheSop() {
            open(SignIn.as(oidc, TestTokens.sara()), "/sops/" + KEY + "/diff?from=2").then().statusCode(303)
                    .header("Location", containsString("/sops/" + KEY));
        }
    }

    @Nested
    class ThePerformancePage {

        @Test
        void drawsConsistencyKappaAndCsatPerLiveVersionWithTheFiguresAsText() {
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/1/stats")).willReturn(okJson(stats(1, 100, 80, "0.55", 40, 30))));
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/2/stats")).willReturn(okJson(stats(2, 0, 0, "null", 0, 0))));

            open(SignIn.as(oidc, TestTokens.lena()), "/sops/" + KEY + "/performance").then().statusCode(200)
                    .body(containsString("<svg"), containsString("role=\"img\""),
                            containsString("v1 retired: 80.0% (70.0–85.0%), n=100"),
                            containsString("v2 published: no decisions yet"),
                            containsString("κ 0.55, AC1 0.90"), containsString("75.0% (60.0–85.0%), n=40"),
                            containsString("80 of 100 agreed"), not(containsString("v3 in review")));
            sopService.verify(0, getRequestedFor(urlPathEqualTo(API + "/versions/3/stats")));
        }

        @Test
        void comparingTwoVersionsShowsTheDifferenceTheIntervalAndTheVerdictInWords() {
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/1/stats")).willReturn(okJson(stats(1, 100, 80, "0.55", 40, 30))));
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/2/stats")).willReturn(okJson(stats(2, 100, 95, "0.8", 40, 36))));
            sopService.stubFor(get(urlPathEqualTo(API + "/comparison")).withQueryParam("a", equalTo("1"))
                    .withQueryParam("b", equalTo("2")).willReturn(okJson("""
                            {"a":%s,"b":%s,
                             "consistency":{"successesA":80,"trialsA":100,"successesB":95,"trialsB":100,
                               "difference":{"estimate":0.15,"low":0.06,"high":0.24},"verdict":"B_BETTER"},
                             "csat":{"successesA":30,"trialsA":40,"successesB":36,"trialsB":40,
                               "difference":{"estimate":0.15,"low":-0.02,"high":0.31},"verdict":"SAMPLE_TOO_SMALL"}}
                            """.formatted(stats(1, 100, 80, "0.55", 40, 30), stats(2, 100, 95, "0.8", 40, 36)))));

            open(SignIn.as(oidc, TestTokens.sara()), "/sops/" + KEY + "/performance?a=1&b=2").then().statusCode(200)
                    .body(containsString("Version 2 is better."), containsString("+15.0 pp (+6.0 pp to +24.0 pp)"),
                            containsString("Too few decisions to tell the versions apart yet."),
                            containsString("Version 2 minus version 1, 95% Newcombe interval"));
        }

        @Test
        void aFailedComparisonIsSaidAndTheChartsStay() {
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/1/stats")).willReturn(okJson(stats(1, 10, 8, "0.5", 0, 0))));
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/2/stats")).willReturn(aResponse().withStatus(503)));
            sopService.stubFor(get(urlPathEqualTo(API + "/comparison")).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem(400, "validation", "b: must name a version number"))));

            open(SignIn.as(oidc, TestTokens.sara()), "/sops/" + KEY + "/performance?a=1&b=2").then().statusCode(200)
                    .body(containsString("The comparison could not be made: b: must name a version number"),
                            containsString("v2 published: figures unavailable"),
                            containsString("80.0%"));
        }
    }
}
