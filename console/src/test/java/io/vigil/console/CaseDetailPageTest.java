package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.CaseServiceStubs.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
class CaseDetailPageTest {

    private static final String PAGE = "/cases/" + CASE_ID;
    private static final List<String> SECTIONS = List.of("/notes", "/tasks", "/evidence", "/links",
            "/account-groups", "/timeline");
    private static final int SECTION_DELAY_MS = 600;

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void freshStubs() {
        caseService.resetAll();
    }

    private Response open(String token, String path) {
        Map<String, String> session = SignIn.as(oidc, token);
        return given().cookies(session).redirects().follow(false).when().get(path);
    }

    @Nested
    class ForAnInvestigator {

        @Test
        void theHeaderShowsReferenceStatusPrioritySlaRegionQueueAssigneeLabelsAndReports() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(
                    containsString("TS-2026-000123"), containsString("Counterfeit sneakers"),
                    containsString("IN PROGRESS"), containsString("P1"), containsString("SLA AT RISK"),
                    containsString("<dd>US</dd>"), containsString("Shop US</a>"), containsString("<dd>ivy</dd>"),
                    containsString("repeat-offender"), containsString("<dd>4</dd>"),
                    containsString("overdue by"), containsString("due in"));
        }

        @Test
        void subjectsNotesTasksEvidenceLinksGroupsAndTimelineAreShown() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(
                    containsString("L-123"), containsString("A-9"),
                    containsString("Seller <strong>reuses</strong> photos."),
                    containsString("Check the seller&#39;s other listings"),
                    containsString("listing.png"), containsString("https://shop.example/seller/9"),
                    containsString("TS-2026-000999"), containsString("Sneaker ring"), containsString("A-10"),
                    containsString("Opened from a user report"),
                    containsString("hx-get=\"/cases/" + CASE_ID + "/timeline?cursor=tl_2\""));
        }

        @Test
        void htmlAndScriptLinksInANoteAreShownAsTextNeverRun() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(
                    containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")),
                    not(containsString("href=\"javascript:")), containsString(">see</a>"));
        }

        @Test
        void onlyTheStatusChangesTheStateMachineAllowsAreOffered() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(
                    containsString("value=\"WAITING\""), containsString("value=\"RESOLVED\""),
                    containsString("value=\"ESCALATED\""), not(containsString("value=\"CLOSED\"")),
                    not(containsString("value=\"TRIAGED\"")), containsString("name=\"version\" value=\"7\""));
        }

        @Test
        void anInvestigatorMayTakeAnUnassignedCaseButIsNotOfferedToAssignOthers() {
            CaseServiceStubs.caseFile(caseService, "NEW", null);

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(
                    containsString("Assign to me"), not(containsString("Reassign")),
                    not(containsString("<label for=\"assignee\">Assign to</label>")));
        }

        @Test
        void anInvestigatorHoldingTheCaseMayHandItBack() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(containsString("Hand back"));
        }

        @Test
        void theSopGuidanceAndEnforcementPanelsAreLoadedByHtmxFromTheirOwnEndpoints() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(
                    containsString("hx-get=\"/cases/" + CASE_ID + "/guidance\" hx-trigger=\"load\""),
                    containsString("hx-get=\"/cases/" + CASE_ID + "/enforcements\" "
                            + "hx-trigger=\"load, sop-walk-changed from:body\""),
                    containsString("data-panel=\"SOP guidance\""));
        }

        @Test
        void theSectionsAreFetchedSideBySideEachWithTheUsersTokenAndTheRequestId() {
            String token = TestTokens.ivy();
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");
            for (String section : SECTIONS) {
                caseService.stubFor(get(urlPathEqualTo(BASE + section)).atPriority(1)
                        .willReturn(okJson("{\"items\":[]}").withFixedDelay(SECTION_DELAY_MS)));
            }
            Map<String, String> session = SignIn.as(oidc, token);

            long started = System.nanoTime();
            given().cookies(session).header("X-Request-Id", "page-load-1").when().get(PAGE).then().statusCode(200)
                    .body(containsString("No notes yet."), containsString("No linked cases."));
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("[console] case page with six sections of %d ms each: %d ms%n", SECTION_DELAY_MS, tookMs);

            // One after another the sections alone would take 6 x 600 ms; side by side about one delay.
            assertThat(tookMs).as("page time with six sections of 600 ms each").isLessThan(4L * SECTION_DELAY_MS);
            for (String section : SECTIONS) {
                caseService.verify(getRequestedFor(urlPathEqualTo(BASE + section))
                        .withHeader("Authorization", equalTo("Bearer " + token))
                        .withHeader("X-Request-Id", equalTo("page-load-1")));
            }
        }

        @Test
        void everyCallCarriesTheUsersOwnToken() {
            String token = TestTokens.ivy();
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(token, PAGE).then().statusCode(200);

            caseService.verify(getRequestedFor(urlPathEqualTo(BASE)).withHeader("Authorization",
                    equalTo("Bearer " + token)));
            caseService.verify(getRequestedFor(urlPathEqualTo(BASE + "/evidence")).withHeader("Authorization",
                    equalTo("Bearer " + token)));
        }
    }

    @Nested
    class ForALead {

        @Test
        void aLeadIsOfferedToReassignAndUnassign() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");

            open(TestTokens.lena(), PAGE).then().statusCode(200).body(
                    containsString("<label for=\"assignee\">Assign to</label>"), containsString("Reassign"),
                    containsString("Unassign"), not(containsString("Hand back")));
        }
    }

    @Nested
    class WhenCaseServiceFails {

        @Test
        void aCaseOutsideTheUsersRegionsIsCaseNotFound() {
            caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(CaseFixtures.problem(404, "not-found", "Not Found", "Case " + CASE_ID + " not found"))));

            open(TestTokens.ian(), PAGE).then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("Case not found"), containsString("in your regions"),
                            containsString("action=\"/logout\""));
        }

        @Test
        void caseServiceDownIsAReadablePageNotAStackTrace() {
            caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse()
                    .withFault(Fault.CONNECTION_RESET_BY_PEER)));

            open(TestTokens.ivy(), PAGE).then().statusCode(503).contentType(containsString("text/html"))
                    .body(containsString("case-service is unavailable"), not(containsString("Exception")),
                            not(containsString("at io.")));
        }

        @Test
        void oneSectionFailingLeavesTheRestOfThePageWorking() {
            CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");
            caseService.stubFor(get(urlPathEqualTo(BASE + "/notes")).willReturn(aResponse().withStatus(500)));

            open(TestTokens.ivy(), PAGE).then().statusCode(200).body(allOf(
                    containsString("Notes could not be loaded: case-service is unavailable (it answered with HTTP 500)"),
                    containsString("Check the seller&#39;s other listings"), containsString("Add note")));
        }

        @Test
        void aUserWhoseRolesHoldNoCaseWorkIsToldSo() {
            caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(CaseFixtures.problem(403, "forbidden", "Forbidden",
                            "Your roles do not allow this operation"))));

            open(TestTokens.aud(), PAGE).then().statusCode(403).body(containsString("Not allowed"),
                    containsString("Your roles do not allow this operation"));
        }

        @Test
        void theNextTimelinePageIsAFragmentAndAFailureThereIsAMessageInIt() {
            caseService.stubFor(get(urlPathEqualTo(BASE + "/timeline")).withQueryParam("cursor", equalTo("tl_2"))
                    .willReturn(okJson("""
                            {"items":[{"id":"0193a1b2-0000-7000-8000-0000000000f9","kind":"claim","actor":"ivy",
                             "at":"2026-11-20T09:40:00Z","summary":"Claimed from Shop US"}],"nextCursor":null}""")));
            Map<String, String> session = SignIn.as(oidc, TestTokens.ivy());

            given().cookies(session).header("HX-Request", "true").when().get(PAGE + "/timeline?cursor=tl_2")
                    .then().statusCode(200).body(containsString("Claimed from Shop US"),
                            not(containsString("<html")), not(containsString("Show more")));
            caseService.stubFor(get(urlPathEqualTo(BASE + "/timeline")).willReturn(aResponse().withStatus(503)));
            given().cookies(session).header("HX-Request", "true").when().get(PAGE + "/timeline?cursor=tl_2")
                    .then().statusCode(200).body(containsString("case-service is unavailable"),
                            not(containsString("<html")));
        }
    }
}
