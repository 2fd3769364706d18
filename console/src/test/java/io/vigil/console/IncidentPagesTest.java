package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
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

/** The incident list, declaring an incident, and the incident page with its commands. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class IncidentPagesTest {

    static final String INCIDENT_ID = "0193a1b2-0000-7000-8000-000000000aa1";
    static final String BASE = "/api/incidents/" + INCIDENT_ID;

    static String incident(String status) {
        return """
                {"id":"%s","ref":"INC-2026-0007","title":"Coordinated counterfeit ring","description":"Many sellers",
                 "kind":"coordinated-abuse","severity":"SEV2","status":"%s","allowedTransitions":["CLOSED","OPEN"],
                 "statusSince":"2026-11-20T10:00:00Z","regions":["US","EU"],"commander":"lena","createdBy":"lena",
                 "createdAt":"2026-11-20T09:00:00Z","updatedAt":"2026-11-20T10:00:00Z","mitigatedAt":null,
                 "resolvedAt":null,"closedAt":null,"version":4}
                """.formatted(INCIDENT_ID, status);
    }

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void aResolvedIncident() {
        caseService.resetAll();
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(incident("RESOLVED"))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/cases")).willReturn(okJson("""
                {"items":[{"caseId":"%s","ref":"TS-2026-000123","title":"Counterfeit sneakers","region":"US",
                  "status":"IN_PROGRESS","priority":"P1","assignee":"ivy","linkedBy":"lena",
                  "linkedAt":"2026-11-20T09:30:00Z"}],"nextCursor":null}""".formatted(CASE_ID))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/timeline")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-000000000bb1","kind":"declared","actor":"lena",
                  "at":"2026-11-20T09:00:00Z","summary":"Declared SEV2"}],"nextCursor":null}""")));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/notifications")).willReturn(okJson("""
                {"items":[{"id":"0193a1b2-0000-7000-8000-000000000cc1","event":"incident.declared","recipients":["lou"],
                  "status":"FAILED","attempts":3,"createdAt":"2026-11-20T09:00:00Z","lastAttemptAt":null,
                  "nextAttemptAt":null,"deliveredAt":null,"lastError":"HTTP 502"}],"nextCursor":null}""")));
    }

    @Test
    void theListPassesKnownFiltersAndLinksEachIncident() {
        caseService.stubFor(get(urlPathEqualTo("/api/incidents"))
                .willReturn(okJson("{\"items\":[" + incident("OPEN") + "],\"nextCursor\":\"i2\"}")));
        open(SignIn.as(oidc, TestTokens.aud()), "/incidents?status=OPEN&severity=SEV9&kind=election&region=US").then()
                .statusCode(200).body(containsString("aria-current=\"page\">Incidents"),
                        containsString("<a href=\"/incidents/" + INCIDENT_ID + "\">INC-2026-0007</a>"),
                        containsString("US, EU"), containsString("cursor=i2\" rel=\"next\""),
                        not(containsString("Declare an incident")));
        caseService.verify(getRequestedFor(urlPathEqualTo("/api/incidents")).withQueryParam("status", equalTo("OPEN"))
                .withQueryParam("kind", equalTo("election")).withQueryParam("region", equalTo("US"))
                .withoutQueryParam("severity"));
    }

    @Test
    void theListSaysWhenCaseServiceIsDownAndRefusesSopAuthors() {
        caseService.stubFor(get(urlPathEqualTo("/api/incidents")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        open(SignIn.as(oidc, TestTokens.ivy()), "/incidents").then().statusCode(200)
                .body(containsString("case-service is unavailable (it did not answer)"));
        open(SignIn.as(oidc, TestTokens.sam()), "/incidents").then().statusCode(403);
    }

    @Test
    void aLeadDeclaresAnIncidentAndLandsOnIt() {
        caseService.stubFor(post(urlPathEqualTo("/api/incidents")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(incident("OPEN"))));
        given().cookies(SignIn.as(oidc, TestTokens.lena())).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("title", " Ring ")
                .formParam("description", "d").formParam("kind", "coordinated-abuse").formParam("severity", "SEV2")
                .formParam("regions", "US").formParam("regions", "EU").formParam("commander", "")
                .post("/incidents").then().statusCode(303)
                .header("Location", containsString("/incidents/" + INCIDENT_ID + "?done=declared"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/incidents")).withRequestBody(equalToJson("""
                {"title":"Ring","description":"d","kind":"coordinated-abuse","severity":"SEV2","regions":["US","EU"]}""")));
    }

    @Test
    void aDeclarationIsCheckedAndRefusalsAreShown() {
        caseService.stubFor(get(urlPathEqualTo("/api/incidents")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
        post(SignIn.as(oidc, TestTokens.lena()), "/incidents", Map.of("title", "T", "kind", "other", "severity", "SEV3"))
                .then().statusCode(400).body(containsString("choose at least one region"));
        caseService.stubFor(post(urlPathEqualTo("/api/incidents")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problem(403, "region-not-permitted", "You do not hold region SG"))));
        post(SignIn.as(oidc, TestTokens.lena()), "/incidents", Map.of("title", "T", "kind", "other", "severity", "SEV3",
                "regions", "SG")).then().statusCode(403).body(containsString("You do not hold region SG"));
        post(SignIn.as(oidc, TestTokens.ivy()), "/incidents", Map.of("title", "T")).then().statusCode(403);
    }

    @Test
    void theIncidentPageShowsEverythingAndLeadsGetTheCommands() {
        open(SignIn.as(oidc, TestTokens.lena()), "/incidents/" + INCIDENT_ID + "?done=declared").then().statusCode(200)
                .body(containsString("INC-2026-0007: Coordinated counterfeit ring"), containsString("commander <strong>lena</strong>"),
                        containsString("the on-shift lead is paged"), containsString("<a href=\"/cases/" + CASE_ID + "\">TS-2026-000123</a>"),
                        containsString("lena: Declared SEV2"), containsString("incident.declared to lou: FAILED, 3 attempts (last error: HTTP 502)"),
                        containsString("value=\"CLOSED\">Move to CLOSED"), containsString("Hand over</button>"),
                        containsString("Unlink</button>"));
        open(SignIn.as(oidc, TestTokens.ivy()), "/incidents/" + INCIDENT_ID).then().statusCode(200)
                .body(not(containsString("Move to")), not(containsString("Unlink</button>")), containsString("Post update"));
    }

    @Test
    void anUnknownIncidentIsNotFound() {
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(problem(404, "not-found", "No such incident"))));
        open(SignIn.as(oidc, TestTokens.ivy()), "/incidents/" + INCIDENT_ID).then().statusCode(404);
        open(SignIn.as(oidc, TestTokens.ivy()), "/incidents/nope").then().statusCode(404);
    }

    @Test
    void closingWithOpenCorrectiveActionsNamesThem() {
        caseService.stubFor(post(urlPathEqualTo(BASE + "/transitions")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:vigil:problem:open-corrective-actions","title":"open-corrective-actions","status":409,
                         "detail":"1 corrective action(s) are still open; finish them or record a waiver for each",
                         "openActions":[{"id":"x","title":"Rotate seller vetting","owner":"ivy","dueDate":"2026-12-01","status":"OPEN"}]}""")));
        post(SignIn.as(oidc, TestTokens.lena()), "/incidents/" + INCIDENT_ID + "/transitions",
                Map.of("to", "CLOSED", "version", "4")).then().statusCode(409)
                .body(containsString("1 corrective action(s) are still open"),
                        containsString("Rotate seller vetting (owner ivy, due 2026-12-01, OPEN)"));
        caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/transitions")).withHeader("If-Match", equalTo("\"4\""))
                .withRequestBody(equalToJson("{\"to\":\"CLOSED\",\"reason\":\"\"}")));
    }

    @Test
    void leadsMoveHandOverLinkAndUnlink() {
        caseService.stubFor(post(urlPathEqualTo(BASE + "/transitions")).willReturn(okJson(incident("CLOSED"))));
        caseService.stubFor(post(urlPathEqualTo(BASE + "/commander")).willReturn(okJson(incident("RESOLVED"))));
        caseService.stubFor(post(urlPathEqualTo(BASE + "/cases")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"caseId\":\"" + CASE_ID + "\",\"ref\":\"R\"}")));
        caseService.stubFor(delete(urlPathEqualTo(BASE + "/cases/" + CASE_ID)).willReturn(aResponse().withStatus(204)));
        var lena = SignIn.as(oidc, TestTokens.lena());
        post(lena, "/incidents/" + INCIDENT_ID + "/transitions", Map.of("to", "CLOSED", "reason", "done", "version", "4"))
                .then().statusCode(303).header("Location", containsString("done=moved"));
        post(lena, "/incidents/" + INCIDENT_ID + "/commander", Map.of("commander", "lou", "version", "4"))
                .then().statusCode(303).header("Location", containsString("done=commander"));
        caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/commander")).withRequestBody(equalToJson("{\"commander\":\"lou\"}")));
        post(lena, "/incidents/" + INCIDENT_ID + "/cases", Map.of("other", "http://localhost/cases/" + CASE_ID))
                .then().statusCode(303).header("Location", containsString("done=linked"));
        caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/cases")).withRequestBody(equalToJson("{\"caseId\":\"" + CASE_ID + "\"}")));
        post(lena, "/incidents/" + INCIDENT_ID + "/cases/" + CASE_ID + "/unlink", Map.of())
                .then().statusCode(303).header("Location", containsString("done=unlinked"));
        caseService.verify(deleteRequestedFor(urlPathEqualTo(BASE + "/cases/" + CASE_ID)));
        post(lena, "/incidents/" + INCIDENT_ID + "/cases", Map.of("other", "not a case")).then().statusCode(400);
    }

    @Test
    void investigatorsPostUpdatesButMayNotCommand() {
        caseService.stubFor(post(urlPathEqualTo(BASE + "/updates")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"kind\":\"update\",\"actor\":\"ivy\",\"summary\":\"s\"}")));
        post(SignIn.as(oidc, TestTokens.ivy()), "/incidents/" + INCIDENT_ID + "/updates", Map.of("body", " sellers blocked "))
                .then().statusCode(303).header("Location", containsString("done=update"));
        caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/updates")).withRequestBody(equalToJson("{\"body\":\"sellers blocked\"}")));
        post(SignIn.as(oidc, TestTokens.ivy()), "/incidents/" + INCIDENT_ID + "/updates", Map.of("body", " ")).then().statusCode(400);
        post(SignIn.as(oidc, TestTokens.ivy()), "/incidents/" + INCIDENT_ID + "/transitions", Map.of("to", "CLOSED", "version", "4"))
                .then().statusCode(403);
        caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/transitions")));
    }
}
