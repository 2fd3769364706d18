package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.CaseFixtures.OTHER_CASE_ID;
import static io.vigil.console.CaseFixtures.TASK_ID;
import static io.vigil.console.CaseServiceStubs.BASE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Notes, tasks and links added from the case page. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class InvestigationActionsTest {

    private static final String PAGE = "/cases/" + CASE_ID;

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void caseOnFile() {
        caseService.resetAll();
        CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");
    }

    private Response submit(String path, Map<String, String> form) {
        return given().cookies(SignIn.as(oidc, TestTokens.ivy())).redirects().follow(false).formParams(form)
                .when().post(path);
    }

    private void answer(String path, int status, String body) {
        caseService.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status < 300 ? "application/json" : "application/problem+json")
                .withBody(body)));
    }

    @Nested
    class Notes {

        @Test
        void aNoteIsSentAsTypedAndThePageConfirmsIt() {
            answer(BASE + "/notes", 201, "{\"id\":\"0193a1b2-0000-7000-8000-0000000000e9\",\"author\":\"ivy\","
                    + "\"body\":\"x\",\"createdAt\":\"2026-11-20T10:00:00Z\"}");

            submit(PAGE + "/notes", Map.of("body", "Buyer sent **three** photos.\n- one"))
                    .then().statusCode(303).header("Location", endsWith(PAGE + "?done=note"));

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/notes"))
                    .withRequestBody(equalToJson("{\"body\":\"Buyer sent **three** photos.\\n- one\"}")));
        }

        @Test
        void aLongNoteFitsThroughTheForm() {
            answer(BASE + "/notes", 201, "{\"id\":\"0193a1b2-0000-7000-8000-0000000000e9\",\"author\":\"ivy\","
                    + "\"body\":\"x\",\"createdAt\":\"2026-11-20T10:00:00Z\"}");

            submit(PAGE + "/notes", Map.of("body", "word ".repeat(3_900))).then().statusCode(303);
        }

        @Test
        void aRefusedNoteKeepsItsTextInTheForm() {
            answer(BASE + "/notes", 400, """
                    {"type":"urn:vigil:problem:validation","title":"Invalid request","status":400,
                     "detail":"body: size must be between 0 and 20000","errors":[{"field":"body","message":"size must be between 0 and 20000"}]}""");

            submit(PAGE + "/notes", Map.of("body", "my careful <b>notes</b>")).then().statusCode(400).body(
                    containsString("body: size must be between 0 and 20000"),
                    containsString(">my careful &lt;b&gt;notes&lt;/b&gt;</textarea>"));
        }

        @Test
        void aBlankNoteIsRefusedWithoutAskingCaseService() {
            submit(PAGE + "/notes", Map.of("body", "   ")).then().statusCode(400)
                    .body(containsString("Write the note before adding it"));

            caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/notes")));
        }
    }

    @Nested
    class Tasks {

        @Test
        void aTaskIsAddedByTitle() {
            answer(BASE + "/tasks", 201, "{}");

            submit(PAGE + "/tasks", Map.of("title", " Call the seller ")).then().statusCode(303)
                    .header("Location", endsWith("?done=task"));

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/tasks"))
                    .withRequestBody(equalToJson("{\"title\":\"Call the seller\"}")));
        }

        @Test
        void aTaskIsCompletedAndReopened() {
            answer(BASE + "/tasks/" + TASK_ID + "/complete", 200, "{}");
            answer(BASE + "/tasks/" + TASK_ID + "/reopen", 200, "{}");

            submit(PAGE + "/tasks/" + TASK_ID + "/complete", Map.of()).then().statusCode(303)
                    .header("Location", endsWith("?done=task-done"));
            submit(PAGE + "/tasks/" + TASK_ID + "/reopen", Map.of()).then().statusCode(303)
                    .header("Location", endsWith("?done=task-reopened"));
        }

        @Test
        void completingADoneTaskShowsCaseServicesReason() {
            answer(BASE + "/tasks/" + TASK_ID + "/complete", 409, CaseFixtures.problem(409, "task-done", "Conflict",
                    "The task is already done"));

            submit(PAGE + "/tasks/" + TASK_ID + "/complete", Map.of()).then().statusCode(409)
                    .body(containsString("The task is already done"), containsString("Reload the case"));
        }
    }

    @Nested
    class Links {

        @Test
        void theOtherCaseCanBeGivenByItsConsoleAddress() {
            answer(BASE + "/links", 201, "{}");

            submit(PAGE + "/links", Map.of("type", "DUPLICATE_OF", "other",
                    "http://127.0.0.1:8080/cases/" + OTHER_CASE_ID + "?done=note")).then().statusCode(303)
                    .header("Location", endsWith("?done=link"));

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/links")).withRequestBody(equalToJson(
                    "{\"type\":\"DUPLICATE_OF\",\"caseId\":\"" + OTHER_CASE_ID + "\"}")));
        }

        @Test
        void somethingThatIsNoCaseIdIsRefusedWithTheTextKept() {
            submit(PAGE + "/links", Map.of("type", "RELATED", "other", "TS-2026-000999")).then().statusCode(400)
                    .body(containsString("Paste the other case"), containsString("value=\"TS-2026-000999\""));

            caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/links")));
        }

        @Test
        void anExistingLinkIsShownAsCaseServiceWordsIt() {
            answer(BASE + "/links", 409, CaseFixtures.problem(409, "link-exists", "Conflict",
                    "These cases are already linked"));

            submit(PAGE + "/links", Map.of("type", "RELATED", "other", OTHER_CASE_ID)).then().statusCode(409)
                    .body(containsString("These cases are already linked"));
            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/links"))
                    .withRequestBody(containing(OTHER_CASE_ID)));
        }
    }
}
