package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.vigil.console.Pages.open;
import static io.vigil.console.SopFixtures.sop;
import static io.vigil.console.SopFixtures.stats;
import static io.vigil.console.SopFixtures.version;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the version page shows, and which review actions it offers to whom. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class VersionPageTest {

    private static final String KEY = "shop.refund-dispute";
    private static final String API = "/api/sops/" + KEY;
    private static final String PAGE = "/sops/" + KEY + "/versions/";

    @OidcWireMock
    WireMockServer oidc;

    @FakeSopService.Stub
    WireMockServer sopService;

    @BeforeEach
    void anSop() {
        sopService.resetAll();
        sopService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(sop(KEY, "Refund disputes", "shop", "\"GDPR\""))));
    }

    private void versionIs(int n, String status, String author) {
        sopService.stubFor(get(urlPathEqualTo(API + "/versions/" + n)).willReturn(okJson(version(KEY, n, status, author))));
        sopService.stubFor(get(urlPathEqualTo(API + "/versions/" + n + "/outline"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(SopFixtures.OUTLINE)));
        sopService.stubFor(get(urlPathEqualTo(API + "/versions/" + n + "/diagram"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(SopFixtures.DIAGRAM)));
        sopService.stubFor(get(urlPathEqualTo(API + "/versions/" + n + "/stats")).willReturn(okJson(stats(n, 50, 45, "0.7", 20, 16))));
        sopService.stubFor(get(urlPathEqualTo(API + "/versions/" + n + "/adoption")).willReturn(okJson("""
                {"sop":"shop.refund-dispute","version":%d,"effectiveFrom":"2026-11-03T00:00:00Z","dueBy":"2026-11-17T00:00:00Z",
                 "audience":3,"acknowledged":1,"pending":2,"overdue":1,"people":[
                   {"username":"ian","inAudience":true,"acknowledgedAt":null,"overdue":true},
                   {"username":"ivy","inAudience":true,"acknowledgedAt":"2026-11-04T09:30:00Z","overdue":false},
                   {"username":"lena","inAudience":true,"acknowledgedAt":null,"overdue":false}]}
                """.formatted(n))));
    }

    @Nested
    class Content {

        @Test
        void showsStepsTheTreeAsTextTheOutlineAndTheTestResults() {
            versionIs(3, "IN_REVIEW", "sam");

            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + 3).then().statusCode(200)
                    .body(containsString("Refund disputes: version 3"), containsString("aria-current=\"step\">in review"),
                            containsString("1. Confirm the order."), containsString("Covers lost parcels"),
                            containsString("Question (start):</span> <span class=\"flow-text\">Did the buyer receive the item?"),
                            containsString("<span class=\"mono\">yes</span> → <a href=\"#node-n1\">REFUND_DECLINED (automatable)</a>"),
                            containsString("question delivered: Did the buyer receive the item?"),
                            containsString("flowchart TD"), containsString("1 of 2 cases give the expected outcome: consistency 50.0%"),
                            containsString("delivered → refund"), containsString("status-failed"),
                            not(containsString("In production")));
            sopService.verify(0, getRequestedFor(urlPathEqualTo(API + "/versions/3/stats")));
        }

        @Test
        void aPublishedVersionShowsItsLiveFiguresAndForALeadItsAdoption() {
            versionIs(2, "PUBLISHED", "sam");

            open(SignIn.as(oidc, TestTokens.lena()), PAGE + 2).then().statusCode(200)
                    .body(containsString("90.0% (80.0% to 95.0%), 45 of 50 agreed"), containsString("0.70"),
                            containsString("80.0% (65.0% to 90.0%), 16 of 20 good or excellent"),
                            containsString("1 of 3 people in the audience have acknowledged; 2 have not, 1 of them overdue"),
                            containsString("2026-11-17 00:00 UTC"), containsString("overdue"),
                            containsString("2026-11-04 09:30 UTC"), containsString("Acknowledge version 2"));
        }

        @Test
        void anInvestigatorDoesNotGetTheAdoptionReportButCanAcknowledge() {
            versionIs(2, "PUBLISHED", "sam");

            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + 2).then().statusCode(200)
                    .body(containsString("Acknowledge version 2"), not(containsString("Adoption</h2>")));
            sopService.verify(0, getRequestedFor(urlPathEqualTo(API + "/versions/2/adoption")));
        }

        @Test
        void someoneWhoAcknowledgedIsToldWhenInsteadOfBeingAskedAgain() {
            versionIs(2, "PUBLISHED", "sam");

            open(SignIn.as(oidc, TestTokens.token("ivy", java.util.Set.of("investigator", "lead"), java.util.List.of("US"))),
                    PAGE + 2).then().statusCode(200)
                    .body(containsString("You acknowledged this version on 2026-11-04 09:30 UTC"),
                            not(containsString("Acknowledge version 2")));
        }

        @Test
        void partsThatFailSayWhichAndTheRestOfThePageStays() {
            versionIs(2, "PUBLISHED", "sam");
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/2/diagram")).willReturn(aResponse().withStatus(500)));
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/2/stats"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            open(SignIn.as(oidc, TestTokens.lena()), PAGE + 2).then().statusCode(200)
                    .body(containsString("The diagram could not be loaded: sop-service is unavailable (it answered with HTTP 500)"),
                            containsString("The live figures could not be loaded: sop-service is unavailable (it did not answer)"),
                            containsString("question delivered"), containsString("1 of 3 people"));
        }

        @Test
        void anUnknownVersionIsA404Page() {
            sopService.stubFor(get(urlPathEqualTo(API + "/versions/9")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(SopFixtures.problem(404, "not-found", "SOP shop.refund-dispute has no version 9"))));

            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + 9).then().statusCode(404)
                    .body(containsString("SOP shop.refund-dispute has no version 9"));
        }
    }

    @Nested
    class ActionsOffered {

        @Test
        void anAuthorMaySubmitTheirDraftAndTheFormCarriesItsEtag() {
            versionIs(4, "DRAFT", "sam");

            open(SignIn.as(oidc, TestTokens.sam()), PAGE + 4).then().statusCode(200)
                    .body(containsString("action=\"/sops/shop.refund-dispute/versions/4/submit\""),
                            containsString("name=\"etag\" value=\"&quot;7&quot;\""), not(containsString("/approve\"")));
        }

        @Test
        void anApproverMayApproveOrRejectAVersionInReviewAndAReasonIsRequiredToReject() {
            versionIs(3, "IN_REVIEW", "sam");

            open(SignIn.as(oidc, TestTokens.sara()), PAGE + 3).then().statusCode(200)
                    .body(containsString("/versions/3/approve\""), containsString("/versions/3/reject\""),
                            containsString("name=\"reason\" rows=\"2\" cols=\"50\" maxlength=\"2000\" required"),
                            not(containsString("/submit\"")), not(containsString("four-eyes rule")));
        }

        @Test
        void theAuthorOfAVersionInReviewIsRemindedOfTheFourEyesRule() {
            versionIs(3, "IN_REVIEW", "sara");

            open(SignIn.as(oidc, TestTokens.sara()), PAGE + 3).then().statusCode(200)
                    .body(containsString("You wrote this version. The four-eyes rule"));
        }

        @Test
        void anApproverMayPublishAnApprovedVersionNowOrLater() {
            versionIs(3, "APPROVED", "sam");

            open(SignIn.as(oidc, TestTokens.sara()), PAGE + 3).then().statusCode(200)
                    .body(containsString("/versions/3/publish\""), containsString("type=\"datetime-local\""));
        }

        @Test
        void anInvestigatorIsOfferedNoReviewAction() {
            versionIs(3, "IN_REVIEW", "sam");

            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + 3).then().statusCode(200)
                    .body(not(containsString("What you can do")), not(containsString("/approve\"")));
        }
    }
}
