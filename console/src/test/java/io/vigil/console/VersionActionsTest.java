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
import static io.vigil.console.SopFixtures.problem;
import static io.vigil.console.SopFixtures.sop;
import static io.vigil.console.SopFixtures.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

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

/** Review and adoption actions: what the console sends to sop-service, and how it shows each answer. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class VersionActionsTest {

    private static final String KEY = "shop.refund-dispute";
    private static final String API = "/api/sops/" + KEY + "/versions/3";
    private static final String PAGE = "/sops/" + KEY + "/versions/3";
    private static final Map<String, String> ETAG = Map.of("etag", "\"7\"");

    @OidcWireMock
    WireMockServer oidc;

    @FakeSopService.Stub
    WireMockServer sopService;

    @BeforeEach
    void aVersionInReview() {
        sopService.resetAll();
        sopService.stubFor(get(urlPathEqualTo("/api/sops/" + KEY)).willReturn(okJson(sop(KEY, "Refund disputes", "shop", ""))));
        sopService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(version(KEY, 3, "IN_REVIEW", "sam"))));
        sopService.stubFor(get(urlPathMatching(API + "/(outline|diagram)")).willReturn(aResponse().withBody("")));
    }

    private void refuses(String move, int status, String slug, String detail) {
        sopService.stubFor(post(urlPathEqualTo(API + "/" + move)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(problem(status, slug, detail))));
    }

    @Nested
    class Review {

        @Test
        void submittingSendsTheEtagAsIfMatchAndReturnsToTheVersionWithANotice() {
            String token = TestTokens.sam();
            sopService.stubFor(post(urlPathEqualTo(API + "/submit")).willReturn(okJson(version(KEY, 3, "IN_REVIEW", "sam"))));
            var session = SignIn.as(oidc, token);

            post(session, PAGE + "/submit", ETAG).then().statusCode(303).header("Location", endsWith(PAGE + "?done=submitted"));
            sopService.verify(postRequestedFor(urlPathEqualTo(API + "/submit")).withHeader("If-Match", equalTo("\"7\""))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
            open(session, PAGE + "?done=submitted").then().statusCode(200)
                    .body(containsString("Version 3 was submitted for review"), containsString("role=\"status\""));
        }

        @Test
        void approvingSendsTheNote() {
            sopService.stubFor(post(urlPathEqualTo(API + "/approve")).willReturn(okJson(version(KEY, 3, "APPROVED", "sam"))));

            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/approve", Map.of("etag", "\"7\"", "note", " Looks right "))
                    .then().statusCode(303).header("Location", endsWith("?done=approved"));
            sopService.verify(postRequestedFor(urlPathEqualTo(API + "/approve")).withRequestBody(equalToJson("{\"note\":\"Looks right\"}")));
        }

        @Test
        void rejectingWithoutAReasonIsRefusedByTheConsoleWithoutAskingSopService() {
            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/reject", Map.of("etag", "\"7\"", "reason", "  "))
                    .then().statusCode(400).body(containsString("Please correct reason: say what the author should change"),
                            containsString("role=\"alert\""));
            sopService.verify(0, postRequestedFor(urlPathEqualTo(API + "/reject")));
        }

        @Test
        void rejectingSendsTheReasonAsTheReviewNote() {
            sopService.stubFor(post(urlPathEqualTo(API + "/reject")).willReturn(okJson(version(KEY, 3, "REJECTED", "sam"))));

            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/reject", Map.of("etag", "\"7\"", "reason", "Cover carrier claims"))
                    .then().statusCode(303).header("Location", endsWith("?done=rejected"));
            sopService.verify(postRequestedFor(urlPathEqualTo(API + "/reject"))
                    .withRequestBody(equalToJson("{\"note\":\"Cover carrier claims\"}")));
        }

        @Test
        void aFourEyesRefusalIsShownInSopServicesWords() {
            refuses("approve", 403, "four-eyes", "Version 3 was written by sara, who may not approve it; another approver must");

            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/approve", ETAG).then().statusCode(403)
                    .body(containsString("Four-eyes rule: Version 3 was written by sara, who may not approve it"),
                            containsString("Refund disputes: version 3"));
        }

        @Test
        void aPublishGateRefusalNamesTheRateAndTheGate() {
            refuses("publish", 409, "publish-gate", "Version 3 has a test consistency of 50.0%, below the publish gate of 100.0%");

            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/publish", ETAG).then().statusCode(409)
                    .body(containsString("Publish gate: Version 3 has a test consistency of 50.0%, below the publish gate of 100.0%"));
        }

        @Test
        void aStaleVersionAsksTheUserToLookAgain() {
            refuses("approve", 412, "stale-version", "Version 3 has changed (now 8); reload it and try again");

            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/approve", ETAG).then().statusCode(412)
                    .body(containsString("Changed meanwhile: Version 3 has changed"));
        }

        @Test
        void someoneWithoutTheApproverRoleIsRefusedBySopServiceAndToldSo() {
            refuses("approve", 403, "forbidden", "Your roles do not allow this operation");

            post(SignIn.as(oidc, TestTokens.ivy()), PAGE + "/approve", ETAG).then().statusCode(403)
                    .body(containsString("Not allowed for your roles: Your roles do not allow this operation"));
        }

        @Test
        void sopServiceDownDuringAnActionIsSaidInWords() {
            sopService.stubFor(post(urlPathEqualTo(API + "/submit")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            post(SignIn.as(oidc, TestTokens.sam()), PAGE + "/submit", ETAG).then().statusCode(503)
                    .body(containsString("sop-service is unavailable (it did not answer)"));
        }
    }

    @Nested
    class Publishing {

        @Test
        void aTimeTypedAsUtcIsSentAsTheEffectiveInstant() {
            sopService.stubFor(post(urlPathEqualTo(API + "/publish")).willReturn(okJson(version(KEY, 3, "PUBLISHED", "sam"))));

            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/publish", Map.of("etag", "\"7\"", "effectiveFrom", "2026-12-01T09:30"))
                    .then().statusCode(303).header("Location", endsWith("?done=scheduled"));
            sopService.verify(postRequestedFor(urlPathEqualTo(API + "/publish"))
                    .withRequestBody(equalToJson("{\"effectiveFrom\":\"2026-12-01T09:30:00Z\"}")));
        }

        @Test
        void somethingThatIsNotATimeIsRefusedByTheConsole() {
            post(SignIn.as(oidc, TestTokens.sara()), PAGE + "/publish", Map.of("etag", "\"7\"", "effectiveFrom", "next tuesday"))
                    .then().statusCode(400).body(containsString("Please correct effectiveFrom"));
            sopService.verify(0, postRequestedFor(urlPathEqualTo(API + "/publish")));
        }
    }

    @Nested
    class Acknowledging {

        @Test
        void theFirstAcknowledgementIsConfirmed() {
            String token = TestTokens.ivy();
            sopService.stubFor(post(urlPathEqualTo(API + "/acknowledgements")).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"sop\":\"" + KEY + "\",\"version\":3,\"username\":\"ivy\",\"acknowledgedAt\":\"2026-11-20T10:00:00Z\"}")));

            post(SignIn.as(oidc, token), PAGE + "/acknowledge", Map.of()).then().statusCode(303)
                    .header("Location", endsWith("?done=acknowledged"));
            sopService.verify(postRequestedFor(urlPathEqualTo(API + "/acknowledgements"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
        }

        @Test
        void aRepeatedAcknowledgementSaysNothingChanged() {
            sopService.stubFor(post(urlPathEqualTo(API + "/acknowledgements")).willReturn(okJson(
                    "{\"sop\":\"" + KEY + "\",\"version\":3,\"username\":\"ivy\",\"acknowledgedAt\":\"2026-11-20T10:00:00Z\"}")));
            var session = SignIn.as(oidc, TestTokens.ivy());

            post(session, PAGE + "/acknowledge", Map.of()).then().statusCode(303)
                    .header("Location", endsWith("?done=already-acknowledged"));
            open(session, PAGE + "?done=already-acknowledged").then().body(containsString("You had already acknowledged version 3"));
        }

        @Test
        void acknowledgingAVersionNotPublishedIsRefusedInWords() {
            sopService.stubFor(post(urlPathEqualTo(API + "/acknowledgements")).willReturn(aResponse().withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem(409, "version-not-published", "Only the published version can be acknowledged"))));

            post(SignIn.as(oidc, TestTokens.ivy()), PAGE + "/acknowledge", Map.of()).then().statusCode(409)
                    .body(containsString("Only the published version can be acknowledged"));
        }
    }

    @Test
    void aFormSentFromAnotherSiteIsNotActedOn() {
        var session = SignIn.as(oidc, TestTokens.sam());

        given().cookies(session).redirects().follow(false).header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded").formParam("etag", "\"7\"")
                .when().post(PAGE + "/submit").then().statusCode(403).body(containsString("sent from another site"));
        sopService.verify(0, postRequestedFor(urlPathEqualTo(API + "/submit")));
    }
}
