package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quality review page: the QA queue, samples, scoring, and investigators' own reviews. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class QualityPageTest {

    static final String REVIEW_ID = "0193a1b2-0000-7000-8000-0000000009a1";

    static String review(String investigator, String status) {
        boolean done = status.equals("DONE");
        return """
                {"id":"%s","sampleId":"0193a1b2-0000-7000-8000-0000000009b1","caseId":"%s","region":"US",
                 "queueId":null,"investigator":"%s","sop":{"key":"shop.counterfeit","version":3},"status":"%s",
                 "reviewer":%s,"scores":%s,"score":%s,"maxScore":%s,"agreement":%s,"passed":%s,
                 "comment":%s,"reviewedAt":%s,"createdAt":"2026-11-20T09:00:00Z","version":%d}
                """.formatted(REVIEW_ID, CASE_ID, investigator, status, done ? "\"lena\"" : "null",
                done ? "[{\"key\":\"accuracy\",\"label\":\"Accuracy\",\"score\":2,\"maxScore\":5}]" : "[]",
                done ? "2" : "null", done ? "5" : "null", done ? "\"disagree\"" : "null", done ? "false" : "null",
                done ? "\"Check the seller's other listings first\"" : "null",
                done ? "\"2026-11-21T09:00:00Z\"" : "null", done ? 1 : 0);
    }

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void aRubricAndAQueue() {
        caseService.resetAll();
        caseService.stubFor(get(urlPathEqualTo("/api/quality/rubric")).willReturn(okJson("""
                {"criteria":[{"key":"accuracy","label":"Accuracy","maxScore":5},
                 {"key":"evidence","label":"Evidence","maxScore":3}],"passShare":0.8}""")));
        caseService.stubFor(get(urlPathEqualTo("/api/quality/reviews")).willReturn(okJson(
                "{\"items\":[" + review("ivy", "PENDING") + "],\"nextCursor\":\"q2\"}")));
        caseService.stubFor(get(urlPathEqualTo("/api/quality/reviews/" + REVIEW_ID)).willReturn(okJson(review("ivy", "PENDING"))));
        caseService.stubFor(get(urlPathEqualTo("/api/quality/my-reviews")).willReturn(okJson(
                "{\"items\":[" + review("ivy", "DONE") + "],\"nextCursor\":null}")));
    }

    @Test
    void anInvestigatorReadsTheScoresAndFeedbackOfTheirCases() {
        open(SignIn.as(oidc, TestTokens.ivy()), "/quality").then().statusCode(200).body(
                containsString("aria-current=\"page\">Quality"), containsString("Reviews of my cases"),
                containsString("fail</span> 2/5"), containsString("Accuracy: 2 of 5"),
                containsString("Check the seller&#39;s other listings first"),
                containsString("the reviewer would have reached another outcome"),
                not(containsString("QA queue")), not(containsString("Draw a sample")));
        caseService.verify(0, getRequestedFor(urlPathEqualTo("/api/quality/reviews")));
    }

    @Test
    void aLeadSeesTheQueueTheSampleFormAndTheirOwnReviews() {
        open(SignIn.as(oidc, TestTokens.lena()), "/quality?status=PENDING&investigator=ivy").then().statusCode(200)
                .body(containsString("QA queue"), containsString("href=\"/quality/reviews/" + REVIEW_ID + "\">Score"),
                        containsString("Draw a sample"), containsString("Accuracy (0–5)"),
                        containsString("reach 80% of the points"), containsString("cursor=q2"),
                        containsString("Reviews of my cases"));
        caseService.verify(getRequestedFor(urlPathEqualTo("/api/quality/reviews")).withQueryParam("status", equalTo("PENDING"))
                .withQueryParam("investigator", equalTo("ivy")));
    }

    @Test
    void auditorsReadTheQueueOnlyAndSopAuthorsAreRefused() {
        open(SignIn.as(oidc, TestTokens.aud()), "/quality").then().statusCode(200)
                .body(containsString("QA queue"), not(containsString("Draw a sample")), not(containsString("Reviews of my cases")));
        open(SignIn.as(oidc, TestTokens.aud()), "/quality/reviews/" + REVIEW_ID).then().statusCode(200)
                .body(containsString("waits for a lead's review"), not(containsString("Record the review")));
        open(SignIn.as(oidc, TestTokens.sam()), "/quality").then().statusCode(403);
        open(SignIn.as(oidc, TestTokens.ivy()), "/quality/reviews/" + REVIEW_ID).then().statusCode(403);
    }

    @Test
    void aLeadScoresEveryCriterion() {
        open(SignIn.as(oidc, TestTokens.lena()), "/quality/reviews/" + REVIEW_ID).then().statusCode(200)
                .body(containsString("<legend>Accuracy (0–5)</legend>"), containsString("name=\"score.evidence\" value=\"3\""),
                        containsString("Record the review"), containsString("shop.counterfeit version 3"));
        caseService.stubFor(post(urlPathEqualTo("/api/quality/reviews/" + REVIEW_ID + "/score"))
                .willReturn(okJson(review("ivy", "DONE"))));
        post(SignIn.as(oidc, TestTokens.lena()), "/quality/reviews/" + REVIEW_ID + "/score", Map.of("score.accuracy", "4",
                "score.evidence", "3", "agreement", "agree", "comment", " Good ", "version", "0"))
                .then().statusCode(303).header("Location", containsString("done=scored"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/quality/reviews/" + REVIEW_ID + "/score"))
                .withHeader("If-Match", equalTo("\"0\"")).withRequestBody(equalToJson(
                        "{\"scores\":{\"accuracy\":4,\"evidence\":3},\"agreement\":\"agree\",\"comment\":\"Good\"}")));
    }

    @Test
    void aScoringSlipOrRefusalKeepsTheChoices() {
        post(SignIn.as(oidc, TestTokens.lena()), "/quality/reviews/" + REVIEW_ID + "/score",
                Map.of("score.accuracy", "9", "agreement", "agree")).then().statusCode(400)
                .body(containsString("Accuracy: give a score from 0 to 5"), containsString("Evidence: give a score from 0 to 3"));
        caseService.verify(0, postRequestedFor(urlPathMatching("/api/quality/reviews/.*/score")));
        caseService.stubFor(post(urlPathEqualTo("/api/quality/reviews/" + REVIEW_ID + "/score")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody(problem(403, "own-case-review", "You worked this case"))));
        post(SignIn.as(oidc, TestTokens.lena()), "/quality/reviews/" + REVIEW_ID + "/score", Map.of("score.accuracy", "4",
                "score.evidence", "1", "agreement", "disagree")).then().statusCode(403)
                .body(containsString("Four-eyes rule: you worked this case"),
                        containsString("name=\"score.evidence\" value=\"1\" required checked"));
        post(SignIn.as(oidc, TestTokens.aud()), "/quality/reviews/" + REVIEW_ID + "/score", Map.of()).then().statusCode(403);
    }

    @Test
    void aLeadDrawsASample() {
        caseService.stubFor(post(urlPathEqualTo("/api/quality/samples")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"0193a1b2-0000-7000-8000-0000000009b1\",\"population\":40,\"picked\":4,\"seed\":7,\"reviews\":[]}")));
        Map<String, String> form = new HashMap<>(Map.of("from", "2026-11-01", "to", "2026-11-07", "strategy", "STRATIFIED",
                "size", "", "percent", "10", "region", "US", "investigator", ""));
        post(SignIn.as(oidc, TestTokens.lena()), "/quality/samples", form).then().statusCode(303)
                .header("Location", containsString("/quality?done=sampled&picked=4&population=40"));
        caseService.verify(postRequestedFor(urlPathEqualTo("/api/quality/samples")).withRequestBody(equalToJson("""
                {"from":"2026-11-01T00:00:00Z","to":"2026-11-08T00:00:00Z","strategy":"STRATIFIED","rate":0.1,"region":"US"}""")));
        form.put("size", "5");
        post(SignIn.as(oidc, TestTokens.lena()), "/quality/samples", form).then().statusCode(400)
                .body(containsString("give either a number of cases or a percentage, not both"));
        post(SignIn.as(oidc, TestTokens.ivy()), "/quality/samples", form).then().statusCode(403);
    }

    @Test
    void caseServiceDownIsAMessageOnAWorkingPage() {
        caseService.stubFor(get(urlPathMatching("/api/quality/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        open(SignIn.as(oidc, TestTokens.lena()), "/quality").then().statusCode(200)
                .body(containsString("The QA queue could not be loaded: case-service is unavailable (it did not answer)"),
                        containsString("Your reviews could not be loaded"), not(containsString("Exception")));
        open(SignIn.as(oidc, TestTokens.lena()), "/quality/reviews/" + REVIEW_ID).then().statusCode(503)
                .body(containsString("The review could not be loaded: case-service is unavailable"));
    }
}
