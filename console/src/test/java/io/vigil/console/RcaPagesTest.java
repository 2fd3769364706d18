package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.vigil.console.Pages.open;
import static io.vigil.console.Pages.post;
import static io.vigil.console.RcaFixtures.ACTION_ID;
import static io.vigil.console.RcaFixtures.BASE;
import static io.vigil.console.RcaFixtures.INCIDENT_ID;
import static io.vigil.console.RcaFixtures.LEAD_ACTION_ID;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The root-cause report page: versions, diff, editing with optimistic concurrency, corrective actions. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class RcaPagesTest {

    static final String PAGE = "/incidents/" + INCIDENT_ID + "/rca";

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void anIncidentWithTwoVersions() {
        caseService.resetAll();
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(IncidentPagesTest.incident("RESOLVED"))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/rca"))
                .willReturn(okJson(RcaFixtures.version(2, "lena", "Card reuse went unchecked"))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/rca/versions/1"))
                .willReturn(okJson(RcaFixtures.version(1, "leo", "Unknown yet"))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/rca/versions/2"))
                .willReturn(okJson(RcaFixtures.version(2, "lena", "Card reuse went unchecked"))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/rca/versions")).willReturn(okJson(RcaFixtures.versions(
                RcaFixtures.version(2, "lena", "Card reuse went unchecked"), RcaFixtures.version(1, "leo", "x")))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/corrective-actions")).willReturn(okJson(RcaFixtures.actions())));
    }

    @Nested
    class Reading {

        @Test
        void aLeadSeesTheLatestVersionTheVersionsAndEveryMove() {
            open(SignIn.as(oidc, TestTokens.lena()), PAGE).then().statusCode(200).body(
                    containsString("Version 2 (latest)"), containsString("Card reuse went unchecked"),
                    containsString("No card reuse check"), containsString("Edit as a new version"),
                    containsString("href=\"/incidents/" + INCIDENT_ID + "/rca?version=1\">Version 1</a> by leo"),
                    containsString("<label for=\"diff-from\">Compare version</label>"),
                    containsString("value=\"WAIVED\" aria-label=\"Waive: Add a card reuse check\""),
                    containsString("overdue"), containsString("2 open."));
        }

        @Test
        void anOwnerMovesOnlyTheirOwnActionAndNeverWaives() {
            String html = open(SignIn.as(oidc, TestTokens.ivy()), PAGE).then().statusCode(200)
                    .body(not(containsString("Edit as a new version")), not(containsString("value=\"WAIVED\"")),
                            containsString("action=\"/incidents/" + INCIDENT_ID + "/rca/actions/" + ACTION_ID + "\""),
                            not(containsString("/rca/actions/" + LEAD_ACTION_ID)))
                    .extract().asString();
            org.assertj.core.api.Assertions.assertThat(html).contains("Mark done: Add a card reuse check");
        }

        @Test
        void anAuditorReadsWithoutFormsAndOthersAreRefused() {
            open(SignIn.as(oidc, TestTokens.aud()), PAGE).then().statusCode(200)
                    .body(containsString("Card reuse went unchecked"), not(containsString("/rca/actions/")),
                            not(containsString("Edit as a new version")));
            open(SignIn.as(oidc, TestTokens.sam()), PAGE).then().statusCode(403);
            open(SignIn.as(oidc, TestTokens.sam()), PAGE + "/diff?from=1&to=2").then().statusCode(403);
        }

        @Test
        void theIncidentPageLeadsToTheReport() {
            caseService.stubFor(get(urlPathMatching(BASE + "/(cases|timeline|notifications)"))
                    .willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
            open(SignIn.as(oidc, TestTokens.ivy()), "/incidents/" + INCIDENT_ID).then().statusCode(200)
                    .body(containsString("href=\"" + PAGE + "\">Root-cause report and corrective actions</a>"));
        }

        @Test
        void anOlderVersionIsShownOnRequest() {
            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + "?version=1").then().statusCode(200)
                    .body(containsString("Version 1</h2>"), containsString("Unknown yet"),
                            containsString("Show the latest version"));
            caseService.stubFor(get(urlPathEqualTo(BASE + "/rca/versions/9")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json").withBody(problem(404, "not-found", "No version 9"))));
            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + "?version=9").then().statusCode(404)
                    .body(containsString("No version 9"));
        }

        @Test
        void beforeTheFirstSaveThereIsNoReportYet() {
            caseService.stubFor(get(urlPathEqualTo(BASE + "/rca")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json").withBody(problem(404, "not-found", "No RCA"))));
            caseService.stubFor(get(urlPathEqualTo(BASE + "/rca/versions")).willReturn(okJson(RcaFixtures.versions())));
            open(SignIn.as(oidc, TestTokens.lena()), PAGE).then().statusCode(200)
                    .body(containsString("No report yet"), containsString("A SEV2 incident needs one"),
                            containsString("Write the report"));
        }

        @Test
        void theDiffMarksRemovedAndAddedLines() {
            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + "/diff?from=1&to=2").then().statusCode(200)
                    .body(containsString("Version 1 → version 2"),
                            containsString("<span class=\"visually-hidden\">removed: </span>Unknown yet"),
                            containsString("<span class=\"visually-hidden\">added: </span>Card reuse went unchecked"),
                            containsString("Summary <span class=\"badge badge-quiet\">unchanged</span>"));
        }

        @Test
        void caseServiceDownIsSaidInWords() {
            caseService.stubFor(get(urlPathMatching(BASE + "/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            open(SignIn.as(oidc, TestTokens.lena()), PAGE).then().statusCode(200)
                    .body(containsString("The report could not be loaded: case-service is unavailable (it did not answer)"),
                            containsString("The corrective actions could not be loaded"), not(containsString("Exception")));
            caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(503)));
            open(SignIn.as(oidc, TestTokens.lena()), PAGE).then().statusCode(503)
                    .body(containsString("it answered with HTTP 503"));
        }
    }

    @Nested
    class Editing {

        private Map<String, String> form(String base, String summary) {
            return Map.ofEntries(Map.entry("base", base), Map.entry("summary", summary), Map.entry("impact", "40 buyers"),
                    Map.entry("rootCause", "No check"), Map.entry("factors", " Weekend staffing \n\n Old rules "),
                    Map.entry("timelineAt", "2026-11-20T09:00"), Map.entry("timelineText", "First report"),
                    Map.entry("actionId", ACTION_ID), Map.entry("actionTitle", "Add a card reuse check"),
                    Map.entry("actionOwner", "ivy"), Map.entry("actionDue", "2026-12-01"));
        }

        @Test
        void theFormStartsFromTheLatestVersionForLeadsOnly() {
            open(SignIn.as(oidc, TestTokens.lena()), PAGE + "/edit").then().statusCode(200)
                    .body(containsString("Edit version 2 into version 3"), containsString("name=\"base\" value=\"2\""),
                            containsString(">Card reuse went unchecked</textarea>"), containsString("value=\"2026-11-20T09:00\""),
                            containsString("<label for=\"owner-0\">Owner (user name)</label>"),
                            containsString("Save as version 3"));
            open(SignIn.as(oidc, TestTokens.ivy()), PAGE + "/edit").then().statusCode(403);
            post(SignIn.as(oidc, TestTokens.ivy()), PAGE, form("2", "s")).then().statusCode(403);
            caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/rca")));
        }

        @Test
        void aSaveSendsTheWholeReportNamingTheVersionEdited() {
            caseService.stubFor(post(urlPathEqualTo(BASE + "/rca")).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody(RcaFixtures.version(3, "lena", "No check"))));
            post(SignIn.as(oidc, TestTokens.lena()), PAGE, form("2", " Ring ")).then().statusCode(303)
                    .header("Location", containsString(PAGE + "?done=saved"));
            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/rca")).withHeader("If-Match", equalTo("\"2\""))
                    .withRequestBody(equalToJson("""
                            {"summary":"Ring","impact":"40 buyers","timeline":[{"at":"2026-11-20T09:00:00Z","text":"First report"}],
                             "rootCause":"No check","contributingFactors":["Weekend staffing","Old rules"],
                             "correctiveActions":[{"id":"%s","title":"Add a card reuse check","owner":"ivy","dueDate":"2026-12-01"}]}
                            """.formatted(ACTION_ID))));
            open(SignIn.as(oidc, TestTokens.lena()), PAGE + "?done=saved").then()
                    .body(containsString("The report was saved as a new version."));
        }

        @Test
        void someoneSavingMeanwhileKeepsTheUsersTextAndPointsAtTheChange() {
            caseService.stubFor(post(urlPathEqualTo(BASE + "/rca")).willReturn(aResponse().withStatus(412)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem(412, "stale-version", "RCA of incident: version 1 expected, 2 found"))));
            post(SignIn.as(oidc, TestTokens.lena()), PAGE, form("1", "My careful summary")).then().statusCode(409)
                    .body(containsString("Changed meanwhile: lena saved version 2 while you were editing version 1"),
                            containsString(">My careful summary</textarea>"), containsString("name=\"base\" value=\"2\""),
                            containsString("href=\"" + PAGE + "/diff?from=1&amp;to=2\""), containsString("Save as version 3"));
        }

        @Test
        void slipsAreCaughtBeforeCallingAndRefusalsShownInTheServicesWords() {
            Map<String, String> blank = new java.util.HashMap<>(form("2", " "));
            blank.put("actionDue", "");
            post(SignIn.as(oidc, TestTokens.lena()), PAGE, blank).then().statusCode(400)
                    .body(containsString("Summary: is required"), containsString("Corrective action 1: give the due date"));
            caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/rca")));
            caseService.stubFor(post(urlPathEqualTo(BASE + "/rca")).willReturn(aResponse().withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem(409, "incident-closed", "The incident is closed"))));
            post(SignIn.as(oidc, TestTokens.lena()), PAGE, form("2", "s")).then().statusCode(409)
                    .body(containsString("The incident is closed"), containsString(">s</textarea>"));
        }
    }

    @Nested
    class CorrectiveActions {

        @Test
        void theOwnerMarksTheirActionDone() {
            caseService.stubFor(post(urlPathEqualTo(BASE + "/corrective-actions/" + ACTION_ID + "/status"))
                    .willReturn(okJson("{\"id\":\"" + ACTION_ID + "\",\"status\":\"DONE\",\"version\":3}")));
            post(SignIn.as(oidc, TestTokens.ivy()), PAGE + "/actions/" + ACTION_ID,
                    Map.of("status", "DONE", "reason", " fixed ", "version", "2")).then().statusCode(303)
                    .header("Location", containsString("done=action"));
            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/corrective-actions/" + ACTION_ID + "/status"))
                    .withHeader("If-Match", equalTo("\"2\"")).withRequestBody(equalToJson("{\"status\":\"DONE\",\"reason\":\"fixed\"}")));
        }

        @Test
        void aWaiverNeedsAReasonAndRefusalsAreReadable() {
            post(SignIn.as(oidc, TestTokens.lena()), PAGE + "/actions/" + ACTION_ID, Map.of("status", "WAIVED", "version", "2"))
                    .then().statusCode(400).body(containsString("a waiver needs a reason"));
            caseService.stubFor(post(urlPathEqualTo(BASE + "/corrective-actions/" + LEAD_ACTION_ID + "/status"))
                    .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                            .withBody(problem(403, "not-action-owner", "Only the action's owner or a lead moves it"))));
            post(SignIn.as(oidc, TestTokens.ivy()), PAGE + "/actions/" + LEAD_ACTION_ID, Map.of("status", "DONE", "version", "0"))
                    .then().statusCode(403).body(containsString("Only the action&#39;s owner or a lead moves it"));
            post(SignIn.as(oidc, TestTokens.aud()), PAGE + "/actions/" + ACTION_ID, Map.of("status", "DONE"))
                    .then().statusCode(403);
        }
    }
}
