package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.vigil.console.CaseFixtures.QUEUE_ID;
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

/** The shifts page: who is on duty, the roster, open incidents, and planning shifts. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class ShiftsPageTest {

    static final String SHIFT_ID = "0193a1b2-0000-7000-8000-0000000005f1";

    static String shift(String person, String role, String region, String queueId, String starts, String ends) {
        String queue = queueId == null ? "null" : "\"" + queueId + "\"";
        return """
                {"id":"%s","region":"%s","queueId":%s,"person":"%s","role":"%s","startsAt":"%s","endsAt":"%s",
                 "createdBy":"lena","createdAt":"2026-11-01T00:00:00Z","version":4}
                """.formatted(SHIFT_ID, region, queue, person, role, starts, ends);
    }

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void aRosterWithALeadAndAnInvestigator() {
        caseService.resetAll();
        CaseServiceStubs.queues(caseService);
        String lead = shift("leo", "LEAD", "US", null, "2020-01-01T00:00:00Z", "2099-01-01T00:00:00Z");
        String ivy = shift("ivy", "INVESTIGATOR", "US", QUEUE_ID, "2020-01-01T00:00:00Z", "2099-01-01T00:00:00Z");
        caseService.stubFor(get(urlPathEqualTo("/api/shifts/on-duty")).willReturn(okJson("""
                {"region":"US","queueId":null,"at":"2026-11-29T10:00:00Z","leads":[%s],"investigators":[%s]}
                """.formatted(lead, ivy))));
        caseService.stubFor(get(urlPathEqualTo("/api/shifts/on-duty")).withQueryParam("region", equalTo("EU"))
                .willReturn(okJson("{\"region\":\"EU\",\"leads\":[],\"investigators\":[]}")));
        caseService.stubFor(get(urlPathEqualTo("/api/shifts")).willReturn(okJson(CaseFixtures.page(
                java.util.List.of(lead, ivy), null))));
        caseService.stubFor(get(urlPathEqualTo("/api/shifts/handovers")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-0000000005a1","region":"US","queueId":"%s","author":"leo",
                  "body":"Ring in Shop US still active","createdAt":"2026-11-29T06:00:00Z"}],"nextCursor":null}
                """.formatted(QUEUE_ID))));
        caseService.stubFor(get(urlPathEqualTo("/api/notifications/mine")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-0000000005b1","subjectType":"INCIDENT","subjectId":"%s",
                  "region":"US","event":"incident.declared","status":"DELIVERED","attempts":1,
                  "createdAt":"2026-11-29T07:00:00Z","deliveredAt":"2026-11-29T07:00:01Z","lastError":null}],
                 "nextCursor":null}""".formatted(IncidentPagesTest.INCIDENT_ID))));
        caseService.stubFor(get(urlPathEqualTo("/api/incidents")).willReturn(okJson(
                "{\"items\":[" + IncidentPagesTest.incident("OPEN") + "],\"nextCursor\":null}")));
    }

    @Test
    void anInvestigatorSeesWhoIsOnDutyTheRosterAndOpenIncidentsButNoPlanning() {
        open(SignIn.as(oidc, TestTokens.ivy()), "/shifts").then().statusCode(200).body(
                containsString("aria-current=\"page\">Shifts"), containsString("<strong>Lead:</strong> leo until 2099-01-01 00:00 UTC"),
                containsString("ivy (Shop US) until"), containsString("on now"), containsString("INC-2026-0007"),
                containsString("leo</span> for US (Shop US): <span class=\"description\">Ring in Shop US still active"),
                containsString("<label for=\"h-body\">Note for the next shift</label>"),
                not(containsString("Plan a shift")), not(containsString("/remove")));
        caseService.verify(getRequestedFor(urlPathEqualTo("/api/shifts")).withQueryParam("from", matching("20.*Z"))
                .withQueryParam("to", matching("20.*Z")).withoutQueryParam("person"));
    }

    @Test
    void theOnShiftLeadSeesThePagesSentToThem() {
        open(SignIn.as(oidc, TestTokens.lena()), "/shifts").then().statusCode(200).body(
                containsString("Pages to me <span class=\"count-pill\">1</span>"),
                containsString("incident.declared about <a href=\"/incidents/" + IncidentPagesTest.INCIDENT_ID
                        + "\">this incident</a> (US): DELIVERED"));
        caseService.stubFor(get(urlPathEqualTo("/api/notifications/mine")).willReturn(aResponse().withStatus(503)));
        open(SignIn.as(oidc, TestTokens.lena()), "/shifts").then().statusCode(200)
                .body(containsString("Your pages could not be loaded: case-service is unavailable (it answered with HTTP 503)"),
                        containsString("Plan a shift"));
    }

    @Test
    void myShiftsNarrowTheRosterToMe() {
        open(SignIn.as(oidc, TestTokens.ivy()), "/shifts?who=me&region=US").then().statusCode(200)
                .body(containsString("My shifts"));
        caseService.verify(getRequestedFor(urlPathEqualTo("/api/shifts")).withQueryParam("person", equalTo("ivy"))
                .withQueryParam("region", equalTo("US")));
    }

    @Test
    void aRegionWithNobodyOnShiftSaysSo() {
        open(SignIn.as(oidc, TestTokens.ian()), "/shifts?region=EU").then().statusCode(200)
                .body(containsString("Nobody is on shift in EU right now."));
    }

    @Test
    void aLeadPlansAShiftInUtc() {
        caseService.stubFor(post(urlPathEqualTo("/api/shifts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(shift("ian", "INVESTIGATOR", "US", null, "2026-12-01T08:00:00Z", "2026-12-01T16:00:00Z"))));
        open(SignIn.as(oidc, TestTokens.lena()), "/shifts").then().statusCode(200)
                .body(containsString("Plan a shift"), containsString("<label for=\"plan-start\">Starts (UTC)</label>"),
                        containsString("Remove ivy's shift"));
        post(SignIn.as(oidc, TestTokens.lena()), "/shifts", Map.of("region", "US", "queueId", "", "person", " ian ",
                "role", "INVESTIGATOR", "startsAt", "2026-12-01T08:00", "endsAt", "2026-12-01T16:00"))
                .then().statusCode(303).header("Location", containsString("/shifts?done=planned"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/shifts")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"region":"US","person":"ian","role":"INVESTIGATOR","startsAt":"2026-12-01T08:00:00Z",
                         "endsAt":"2026-12-01T16:00:00Z"}""")));
    }

    @Test
    void aBadShiftIsRefusedWithTheFormKept() {
        post(SignIn.as(oidc, TestTokens.lena()), "/shifts", Map.of("region", "US", "person", "ian", "role", "LEAD",
                "startsAt", "2026-12-01T08:00", "endsAt", "2026-12-01T07:00")).then().statusCode(400)
                .body(containsString("endsAt: must be after the start"), containsString("value=\"ian\""));
        caseService.verify(0, postRequestedFor(urlPathEqualTo("/api/shifts")));
        caseService.stubFor(post(urlPathEqualTo("/api/shifts")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(409, "shift-overlap", "ian is already on shift then"))));
        post(SignIn.as(oidc, TestTokens.lena()), "/shifts", Map.of("region", "US", "person", "ian", "role", "LEAD",
                "startsAt", "2026-12-01T08:00", "endsAt", "2026-12-01T16:00")).then().statusCode(409)
                .body(containsString("ian is already on shift then"));
    }

    @Test
    void aLeadRemovesAShiftUnderItsVersion() {
        caseService.stubFor(delete(urlPathEqualTo("/api/shifts/" + SHIFT_ID)).willReturn(aResponse().withStatus(204)));
        post(SignIn.as(oidc, TestTokens.lena()), "/shifts/" + SHIFT_ID + "/remove", Map.of("version", "4"))
                .then().statusCode(303).header("Location", containsString("done=removed"));
        caseService.verify(deleteRequestedFor(urlPathEqualTo("/api/shifts/" + SHIFT_ID)).withHeader("If-Match", equalTo("\"4\"")));
    }

    @Test
    void anInvestigatorLeavesAHandoverNote() {
        caseService.stubFor(post(urlPathEqualTo("/api/shifts/handovers")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + SHIFT_ID + "\",\"region\":\"US\"}")));
        post(SignIn.as(oidc, TestTokens.ivy()), "/shifts/handovers", Map.of("region", "US", "queueId", QUEUE_ID,
                "body", " Two appeals wait on the buyer ")).then().statusCode(303)
                .header("Location", containsString("done=handover"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/shifts/handovers")).withRequestBody(equalToJson(
                "{\"region\":\"US\",\"queueId\":\"" + QUEUE_ID + "\",\"body\":\"Two appeals wait on the buyer\"}")));
        post(SignIn.as(oidc, TestTokens.ivy()), "/shifts/handovers", Map.of("region", "SG", "body", "x")).then()
                .statusCode(400).body(containsString("choose one of your regions"));
        caseService.stubFor(post(urlPathEqualTo("/api/shifts/handovers")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(
                        "{\"type\":\"urn:vigil:problem:invalid-request\",\"status\":400,\"detail\":\"Invalid request\","
                        + "\"errors\":[{\"field\":\"queueId\",\"message\":\"must be a queue of region US\"}]}")));
        post(SignIn.as(oidc, TestTokens.ivy()), "/shifts/handovers", Map.of("region", "US", "body", "Kept text"))
                .then().statusCode(400).body(containsString("queueId: must be a queue of region US"),
                        containsString(">Kept text</textarea>"));
        post(SignIn.as(oidc, TestTokens.aud()), "/shifts/handovers", Map.of("region", "US", "body", "x"))
                .then().statusCode(403);
    }

    @Test
    void othersCannotPlanAndSopAuthorsHaveNoRoster() {
        post(SignIn.as(oidc, TestTokens.ivy()), "/shifts", Map.of("region", "US")).then().statusCode(403);
        post(SignIn.as(oidc, TestTokens.aud()), "/shifts/" + SHIFT_ID + "/remove", Map.of()).then().statusCode(403);
        open(SignIn.as(oidc, TestTokens.sam()), "/shifts").then().statusCode(403)
                .body(not(containsString("href=\"/shifts\"")));
        open(SignIn.as(oidc, TestTokens.aud()), "/shifts").then().statusCode(200).body(not(containsString("Plan a shift")));
    }

    @Test
    void caseServiceDownIsAMessageOnAWorkingPage() {
        caseService.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        open(SignIn.as(oidc, TestTokens.lena()), "/shifts").then().statusCode(200).body(
                containsString("Who is on duty could not be loaded: case-service is unavailable (it did not answer)"),
                containsString("The roster could not be loaded"), containsString("Plan a shift"),
                not(containsString("Exception")));
    }
}
