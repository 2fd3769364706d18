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
import static io.vigil.console.Pages.open;
import static io.vigil.console.Pages.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.console.audit.AuditLogFixture;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Starting an export, following it, downloading its bundle and the command that verifies it offline. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class AuditExportPagesTest {

    private static final String ID = "0193a1b2-0000-7000-8000-0000000000e1";
    private static final String API = "/api/audit/exports/" + ID;

    @OidcWireMock
    WireMockServer oidc;

    @FakeAuditService.Stub
    WireMockServer auditService;

    @BeforeEach
    void forgetEarlierCalls() {
        auditService.resetAll();
    }

    private static String job(String status, String error) {
        return """
                {"id":"%s","status":"%s","from":"2026-11-01T00:00:00Z","to":"2026-11-08T00:00:00Z",
                 "firstSeq":%s,"treeSize":%s,"events":%s,"error":%s}
                """.formatted(ID, status, "DONE".equals(status) ? "120" : "null", "DONE".equals(status) ? "480" : "null",
                "DONE".equals(status) ? "360" : "0", error == null ? "null" : "\"" + error + "\"");
    }

    @Nested
    class Starting {

        @Test
        void theRangeTypedAsUtcIsSentAndTheBrowserFollowsTheNewJob() {
            auditService.stubFor(post(urlPathEqualTo("/api/audit/exports"))
                    .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                            .withBody(job("RUNNING", null))));

            post(SignIn.as(oidc, TestTokens.aud()), "/audit/exports", Map.of("from", "2026-11-01T00:00", "to", "2026-11-08T00:00"))
                    .then().statusCode(303).header("Location", endsWith("/audit/exports/" + ID));
            auditService.verify(postRequestedFor(urlPathEqualTo("/api/audit/exports"))
                    .withRequestBody(equalToJson("{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-08T00:00:00Z\"}")));
        }

        @Test
        void theFormOffersTheLastSevenDays() {
            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports").then().statusCode(200)
                    .body(containsString("type=\"datetime-local\""), containsString("Start the export"));
        }

        @Test
        void aBackwardsRangeIsRefusedWithoutAskingAuditService() {
            post(SignIn.as(oidc, TestTokens.aud()), "/audit/exports", Map.of("from", "2026-11-08T00:00", "to", "2026-11-01T00:00"))
                    .then().statusCode(400).body(containsString("Please correct from: must be before to"));
            auditService.verify(0, postRequestedFor(urlPathEqualTo("/api/audit/exports")));
        }

        @Test
        void auditServiceDownIsSaidInWords() {
            auditService.stubFor(post(urlPathEqualTo("/api/audit/exports")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            post(SignIn.as(oidc, TestTokens.aud()), "/audit/exports", Map.of("from", "2026-11-01T00:00", "to", "2026-11-08T00:00"))
                    .then().statusCode(503).body(containsString("audit-service is unavailable"));
        }

        @Test
        void aLeadMayNotExport() {
            post(SignIn.as(oidc, TestTokens.lena()), "/audit/exports", Map.of()).then().statusCode(403)
                    .body(containsString("The audit trail is for people with the role auditor"));
        }
    }

    @Nested
    class Following {

        @Test
        void aRunningJobPollsItsStatusEveryTwoSeconds() {
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(job("RUNNING", null))));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports/" + ID).then().statusCode(200)
                    .body(containsString("hx-get=\"/audit/exports/" + ID + "/status\" hx-trigger=\"every 2s\""),
                            containsString("RUNNING"), not(containsString("Download")));
        }

        @Test
        void aFinishedJobStopsPollingAndOffersTheBundleAndTheVerifyCommandWithThePinnedKey() {
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(job("DONE", null))));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports/" + ID + "/status").then().statusCode(200)
                    .body(not(containsString("hx-trigger")), containsString("Download audit-" + ID + ".zip"),
                            containsString("java -jar audit-verify.jar --key &#39;"
                                    + AuditLogFixture.LOG_KEY.verifierKey().encode() + "&#39; audit-" + ID + ".zip"),
                            containsString("pinned in the console's configuration"), containsString("360"),
                            not(containsString("<html")));
        }

        @Test
        void aFailedJobSaysWhy() {
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(job("FAILED", "the range spans a purged month"))));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports/" + ID).then().statusCode(200)
                    .body(containsString("the range spans a purged month"), not(containsString("Download")));
        }

        @Test
        void anUnknownJobIsA404() {
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"type\":\"urn:vigil:problem:not-found\",\"status\":404,\"detail\":\"No export " + ID + "\"}")));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports/" + ID).then().statusCode(404)
                    .body(containsString("No export " + ID));
            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports/nonsense").then().statusCode(404)
                    .body(containsString("There is no export with this id"));
        }
    }

    @Nested
    class Downloading {

        @Test
        void theBundleIsStreamedWithTheAuditorsTokenAsAnAttachment() {
            String token = TestTokens.aud();
            byte[] zip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5};
            auditService.stubFor(get(urlPathEqualTo(API + "/bundle")).withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(aResponse().withHeader("Content-Type", "application/zip").withBody(zip)));

            var response = open(SignIn.as(oidc, token), "/audit/exports/" + ID + "/bundle");

            response.then().statusCode(200).contentType("application/zip")
                    .header("Content-Disposition", "attachment; filename=\"audit-" + ID + ".zip\"");
            assertThat(response.asByteArray()).containsExactly(zip);
            auditService.verify(getRequestedFor(urlPathEqualTo(API + "/bundle")).withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
        }

        @Test
        void aBundleNotReadyYetIsExplainedOnTheExportPage() {
            auditService.stubFor(get(urlPathEqualTo(API + "/bundle")).willReturn(aResponse().withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"type\":\"urn:vigil:problem:export-not-done\",\"status\":409,\"detail\":\"Export " + ID + " is RUNNING\"}")));
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(job("RUNNING", null))));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports/" + ID + "/bundle").then().statusCode(409)
                    .contentType(containsString("text/html")).body(containsString("Export " + ID + " is RUNNING"));
        }

        @Test
        void auditServiceDownDuringADownloadIsSaidInWords() {
            auditService.stubFor(get(urlPathEqualTo(API + "/bundle")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(job("DONE", null))));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/exports/" + ID + "/bundle").then().statusCode(503)
                    .body(containsString("audit-service is unavailable (it did not answer)"));
        }
    }
}
