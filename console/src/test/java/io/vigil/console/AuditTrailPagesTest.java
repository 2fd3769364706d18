package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.vigil.console.Pages.open;
import static io.vigil.console.audit.AuditLogFixture.LOG_KEY;
import static io.vigil.console.audit.AuditLogFixture.OTHER_KEY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.console.audit.AuditLogFixture;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The auditor's search and an event's page with its proof checked in the console. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class AuditTrailPagesTest {

    @OidcWireMock
    WireMockServer oidc;

    @FakeAuditService.Stub
    WireMockServer auditService;

    @BeforeEach
    void forgetEarlierCalls() {
        auditService.resetAll();
    }

    @Nested
    class Search {

        @Test
        void theRangeAndFiltersGoToAuditServiceAndEachEventLinksToItsPage() {
            String token = TestTokens.aud();
            String envelope = AuditLogFixture.event(1);
            auditService.stubFor(get(urlPathEqualTo("/api/audit/events")).withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(okJson("{\"items\":[" + envelope + "],\"nextCursor\":\"c2\"}")));

            open(SignIn.as(oidc, token), "/audit/events?from=2026-11-01T00:00&to=2026-11-21T00:00&targetType=case"
                    + "&targetId=TS-2026-000121&actor=ivy&action=case.transition&outcome=SUCCESS").then().statusCode(200)
                    .body(containsString("href=\"/audit/events/" + AuditLogFixture.eventId(1) + "\""),
                            containsString("case.transition"), containsString("user ivy"),
                            containsString("case TS-2026-000121 v2"), containsString("2026-11-20 09:15:01.000123 UTC"),
                            containsString("cursor=c2\" rel=\"next\">Next page"),
                            containsString("value=\"2026-11-01T00:00\""));
            auditService.verify(getRequestedFor(urlPathEqualTo("/api/audit/events"))
                    .withQueryParam("from", equalTo("2026-11-01T00:00:00Z")).withQueryParam("to", equalTo("2026-11-21T00:00:00Z"))
                    .withQueryParam("targetType", equalTo("case")).withQueryParam("targetId", equalTo("TS-2026-000121"))
                    .withQueryParam("actor", equalTo("ivy")).withQueryParam("action", equalTo("case.transition"))
                    .withQueryParam("outcome", equalTo("success")).withQueryParam("limit", equalTo("50")));
        }

        @Test
        void withoutARangeTheLastSevenDaysAreSearched() {
            auditService.stubFor(get(urlPathEqualTo("/api/audit/events")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events").then().statusCode(200)
                    .body(containsString("No events match"));
            auditService.verify(getRequestedFor(urlPathEqualTo("/api/audit/events"))
                    .withQueryParam("from", com.github.tomakehurst.wiremock.client.WireMock.matching("\\d{4}-.*Z"))
                    .withQueryParam("to", com.github.tomakehurst.wiremock.client.WireMock.matching("\\d{4}-.*Z")));
        }

        @Test
        void aRangeThatIsNotOneIsRefusedByTheConsoleWithoutAskingAuditService() {
            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events?from=2026-11-21T00:00&to=2026-11-01T00:00").then()
                    .statusCode(400).body(containsString("from: must be before to"));
            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events?from=yesterday").then()
                    .statusCode(400).body(containsString("&#39;yesterday&#39; is not a date and time"));
            auditService.verify(0, getRequestedFor(urlPathEqualTo("/api/audit/events")));
        }

        @Test
        void auditServicesValidationErrorsAreListed() {
            auditService.stubFor(get(urlPathEqualTo("/api/audit/events")).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/problem+json").withBody("""
                            {"type":"urn:vigil:problem:validation","title":"Invalid request","status":400,
                             "detail":"limit: must be at most 500","errors":[{"field":"limit","message":"must be at most 500"}]}
                            """)));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events").then().statusCode(200)
                    .body(containsString("The search could not be run: limit: must be at most 500"));
        }

        @Test
        void auditServiceDownIsSaidInWords() {
            auditService.stubFor(get(urlPathEqualTo("/api/audit/events")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events").then().statusCode(200)
                    .body(containsString("audit-service is unavailable (it did not answer)"));
        }

        @Test
        void anInvestigatorIsToldTheAuditTrailIsForAuditors() {
            open(SignIn.as(oidc, TestTokens.ivy()), "/audit/events").then().statusCode(403)
                    .body(containsString("The audit trail is for people with the role auditor"));
            auditService.verify(0, getRequestedFor(urlPathEqualTo("/api/audit/events")));
        }
    }

    @Nested
    class AnEventAndItsProof {

        private static final String ID = AuditLogFixture.eventId(2);
        private static final String API = "/api/audit/events/" + ID;

        private void log(String event, String latest, String servedKey, String proof) {
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(event)));
            auditService.stubFor(get(urlPathEqualTo("/api/audit/checkpoints/latest")).willReturn(okJson(latest)));
            auditService.stubFor(get(urlPathEqualTo("/api/audit/public-key"))
                    .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(servedKey + "\n")));
            auditService.stubFor(get(urlPathEqualTo(API + "/proof")).withQueryParam("treeSize", equalTo("5"))
                    .willReturn(okJson(proof)));
        }

        @Test
        void aGenuineEventIsVerifiedAgainstTheLatestCheckpointWithThePinnedKey() {
            log(AuditLogFixture.event(2), AuditLogFixture.latest(5, LOG_KEY), LOG_KEY.verifierKey().encode(),
                    AuditLogFixture.proof(2, 5));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/" + ID).then().statusCode(200)
                    .body(containsString("<strong>Verified.</strong>"), containsString(AuditLogFixture.leafHash(2)),
                            containsString(AuditLogFixture.root(5)), containsString("pinned in the console's configuration"),
                            containsString("<span class=\"check-ok\">valid</span> (3 hashes)"),
                            containsString("case.transition"), containsString("TS-2026-000122"));
        }

        @Test
        void aTamperedEnvelopeIsNotVerifiedAndTheReasonIsNamed() {
            log(AuditLogFixture.tamperedEvent(2), AuditLogFixture.latest(5, LOG_KEY), LOG_KEY.verifierKey().encode(),
                    AuditLogFixture.proof(2, 5));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/" + ID).then().statusCode(200)
                    .body(containsString("<strong>Not verified.</strong>"), containsString("was changed after it was logged"),
                            containsString("differs"));
        }

        @Test
        void aCheckpointSignedWithAnotherKeyThanThePinnedOneIsCalledOut() {
            log(AuditLogFixture.event(2), AuditLogFixture.latest(5, OTHER_KEY), OTHER_KEY.verifierKey().encode(),
                    AuditLogFixture.proof(2, 5));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/" + ID).then().statusCode(200)
                    .body(containsString("<strong>Not verified.</strong>"),
                            containsString("which is not the key pinned in the console&#39;s configuration"),
                            containsString("<span class=\"check-failed\">invalid</span>"));
        }

        @Test
        void aBrokenProofIsNotVerified() {
            log(AuditLogFixture.event(2), AuditLogFixture.latest(5, LOG_KEY), LOG_KEY.verifierKey().encode(),
                    AuditLogFixture.brokenProof(2, 5));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/" + ID).then().statusCode(200)
                    .body(containsString("The inclusion proof does not verify"));
        }

        @Test
        void checkingAgainServesOnlyTheProofSection() {
            log(AuditLogFixture.event(2), AuditLogFixture.latest(5, LOG_KEY), LOG_KEY.verifierKey().encode(),
                    AuditLogFixture.proof(2, 5));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/" + ID + "/proof").then().statusCode(200)
                    .body(containsString("<section id=\"proof\""), containsString("Verified."), not(containsString("<html")));
        }

        @Test
        void anUnknownEventIsA404InAuditServicesWords() {
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"type\":\"urn:vigil:problem:not-found\",\"status\":404,\"detail\":\"No audit event " + ID + "\"}")));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/" + ID).then().statusCode(404)
                    .body(containsString("No audit event " + ID));
            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/not-an-id").then().statusCode(404)
                    .body(containsString("There is no audit event with this id"));
        }

        @Test
        void theCheckpointBeingUnavailableIsSaidWhileTheEventStillShows() {
            auditService.stubFor(get(urlPathEqualTo(API)).willReturn(okJson(AuditLogFixture.event(2))));
            auditService.stubFor(get(urlPathEqualTo("/api/audit/checkpoints/latest")).willReturn(aResponse().withStatus(503)));

            open(SignIn.as(oidc, TestTokens.aud()), "/audit/events/" + ID).then().statusCode(200)
                    .body(containsString("The proof could not be checked: audit-service is unavailable"),
                            containsString("case.transition"));
        }
    }
}
