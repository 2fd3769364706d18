package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.CaseFixtures.LEAD_QUEUE_ID;
import static io.vigil.console.CaseFixtures.QUEUE_ID;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class QueuePageTest {

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void queuesAndNoOwnCases() {
        caseService.resetAll();
        CaseServiceStubs.queues(caseService);
        caseService.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson(CaseFixtures.page(List.of(), null))));
        caseService.stubFor(get(urlPathEqualTo("/api/queues/waiting")).willReturn(okJson("""
                {"items":[{"queueId":"%s","waiting":7},{"queueId":"%s","waiting":0}]}""".formatted(QUEUE_ID,
                LEAD_QUEUE_ID))));
    }

    private Map<String, String> session(String token) {
        return SignIn.as(oidc, token);
    }

    private static String assigned(String ref, String title, String status, String priority) {
        return CaseFixtures.caseJson(ref, title, "US", status).replace("\"assignee\":null", "\"assignee\":\"ivy\"")
                .replace("\"priority\":\"P1\"", "\"priority\":\"" + priority + "\"");
    }

    @Nested
    class Showing {

        @Test
        void anInvestigatorSeesTheStandardQueuesOfTheirRegionsButNotTheLeadQueue() {
            given().cookies(session(TestTokens.ivy())).when().get("/queue").then().statusCode(200).body(
                    containsString("Shop US"), containsString("action=\"/queue/" + QUEUE_ID + "/claim\""),
                    not(containsString("/queue/" + LEAD_QUEUE_ID + "/claim")),
                    containsString("hx-get=\"/queue/" + QUEUE_ID + "/waiting\""),
                    containsString("aria-current=\"page\">My queue"));
        }

        @Test
        void aLeadAlsoSeesTheLeadQueue() {
            given().cookies(session(TestTokens.lena())).when().get("/queue").then().statusCode(200)
                    .body(containsString("/queue/" + LEAD_QUEUE_ID + "/claim"), containsString("Shop US leads"));
        }

        @Test
        void myOpenCasesAreGatheredFromEveryOpenStatusMostUrgentFirst() {
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("assignee", equalTo("ivy"))
                    .withQueryParam("status", equalTo("WAITING")).willReturn(okJson(CaseFixtures.page(List.of(
                            assigned("TS-2026-000301", "Waiting on buyer", "WAITING", "P3")), null))));
            caseService.stubFor(get(urlPathEqualTo("/api/cases")).withQueryParam("assignee", equalTo("ivy"))
                    .withQueryParam("status", equalTo("NEW")).willReturn(okJson(CaseFixtures.page(List.of(
                            assigned("TS-2026-000302", "Urgent new one", "NEW", "P0")), null))));

            String html = given().cookies(session(TestTokens.ivy())).when().get("/queue").then().statusCode(200)
                    .extract().asString();

            org.assertj.core.api.Assertions.assertThat(html).contains("Waiting on buyer", "Urgent new one");
            org.assertj.core.api.Assertions.assertThat(html.indexOf("Urgent new one"))
                    .isLessThan(html.indexOf("Waiting on buyer"));
        }

        @Test
        void everyQueuesWaitingCountComesFromOneCountingCall() {
            given().cookies(session(TestTokens.ivy())).when().get("/queue").then().statusCode(200)
                    .body(containsString("<span aria-hidden=\"true\">7</span><span class=\"visually-hidden\">7 cases wait</span>"),
                            containsString("hx-trigger=\"every 60s\""));
            caseService.verify(1, getRequestedFor(urlPathEqualTo("/api/queues/waiting")));
            caseService.verify(0, getRequestedFor(urlPathEqualTo("/api/cases")).withQueryParam("queueId", equalTo(QUEUE_ID)));
        }

        @Test
        void theWaitingFragmentAsksCaseServiceToCountOneQueue() {
            caseService.stubFor(get(urlPathEqualTo("/api/queues/" + QUEUE_ID + "/waiting"))
                    .willReturn(okJson("{\"queueId\":\"" + QUEUE_ID + "\",\"waiting\":2}")));

            given().cookies(session(TestTokens.ivy())).header("HX-Request", "true")
                    .when().get("/queue/" + QUEUE_ID + "/waiting").then().statusCode(200)
                    .body(containsString(">2<"), containsString("2 cases wait"), not(containsString("<html")));
            caseService.verify(0, getRequestedFor(urlPathEqualTo("/api/cases")));
        }

        @Test
        void aCountThatCannotBeHadReadsUnknownWhileThePageWorks() {
            caseService.stubFor(get(urlPathEqualTo("/api/queues/waiting")).willReturn(aResponse().withStatus(503)));

            given().cookies(session(TestTokens.ivy())).when().get("/queue").then().statusCode(200)
                    .body(containsString("count unavailable"), containsString("Claim next"));
        }

        @Test
        void aUserWithoutCaseWorkIsToldSoAndNotOfferedTheQueueLink() {
            caseService.stubFor(get(urlPathEqualTo("/api/queues")).willReturn(aResponse().withStatus(403)));

            given().cookies(session(TestTokens.aud())).when().get("/queue").then().statusCode(200)
                    .body(containsString("Your roles don't include case work"),
                            not(containsString("href=\"/queue\"")));
        }

        @Test
        void caseServiceDownIsAMessageOnAWorkingPage() {
            caseService.stubFor(get(urlPathEqualTo("/api/queues"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            caseService.stubFor(get(urlPathEqualTo("/api/cases"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            given().cookies(session(TestTokens.ivy())).when().get("/queue").then().statusCode(200).body(
                    containsString("Queues could not be loaded: case-service is unavailable"),
                    containsString("Your cases could not be loaded"), not(containsString("Exception")));
            caseService.stubFor(get(urlPathEqualTo("/api/queues/" + QUEUE_ID + "/waiting"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            given().cookies(session(TestTokens.ivy())).when().get("/queue/" + QUEUE_ID + "/waiting")
                    .then().statusCode(200).body(containsString("count unavailable"));
        }
    }

    @Nested
    class Claiming {

        @Test
        void claimNextLandsOnTheClaimedCase() {
            String token = TestTokens.ivy();
            caseService.stubFor(post(urlPathEqualTo("/api/queues/" + QUEUE_ID + "/claim")).willReturn(okJson(
                    CaseFixtures.fullCase(CASE_ID, "TS-2026-000123", "NEW", "ivy", 4))));

            given().cookies(session(token)).redirects().follow(false).when().post("/queue/" + QUEUE_ID + "/claim")
                    .then().statusCode(303).header("Location", endsWith("/cases/" + CASE_ID + "?done=claimed"));

            caseService.verify(postRequestedFor(urlPathEqualTo("/api/queues/" + QUEUE_ID + "/claim"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
        }

        @Test
        void anEmptyQueueSaysThereIsNothingToClaim() {
            caseService.stubFor(post(urlPathEqualTo("/api/queues/" + QUEUE_ID + "/claim"))
                    .willReturn(aResponse().withStatus(204)));
            Map<String, String> session = session(TestTokens.ivy());

            given().cookies(session).redirects().follow(false).when().post("/queue/" + QUEUE_ID + "/claim")
                    .then().statusCode(303).header("Location", endsWith("/queue?empty=" + QUEUE_ID));
            given().cookies(session).when().get("/queue?empty=" + QUEUE_ID).then().statusCode(200)
                    .body(containsString("Nothing to claim in Shop US"));
        }

        @Test
        void aQueueThatIsGoneIsExplained() {
            caseService.stubFor(post(urlPathEqualTo("/api/queues/" + QUEUE_ID + "/claim")).willReturn(aResponse()
                    .withStatus(404).withHeader("Content-Type", "application/problem+json")
                    .withBody(CaseFixtures.problem(404, "not-found", "Not Found", "Queue not found"))));

            given().cookies(session(TestTokens.ivy())).when().post("/queue/" + QUEUE_ID + "/claim")
                    .then().statusCode(404).body(containsString("That queue no longer exists"));
        }

        @Test
        void aClaimWhileCaseServiceIsDownIsAMessage() {
            caseService.stubFor(post(urlPathEqualTo("/api/queues/" + QUEUE_ID + "/claim"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            given().cookies(session(TestTokens.ivy())).when().post("/queue/" + QUEUE_ID + "/claim")
                    .then().statusCode(503).body(containsString("Could not claim from Shop US"),
                            containsString("case-service is unavailable"));
        }
    }
}
