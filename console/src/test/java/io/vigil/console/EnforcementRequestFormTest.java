package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.EnforcementPagesTest.BASE;
import static io.vigil.console.Pages.open;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The enforcement request form: started from the case's SOP walk, and offering the case's account groups. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class EnforcementRequestFormTest {

    static final String GROUP_ID = "0193a1b2-0000-7000-8000-0000000000f7";
    static final String PANEL = "/cases/" + CASE_ID + "/enforcements";

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void aCaseWithAnAccountGroupAndADecidedWalk() {
        caseService.resetAll();
        caseService.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(CaseFixtures.fullCase(CASE_ID,
                "TS-2026-000123", "IN_PROGRESS", "ivy", 3))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/enforcements")).willReturn(okJson("{\"items\":[]}")));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/strikes")).willReturn(okJson(EnforcementPagesTest.STRIKES)));
        caseService.stubFor(get(urlPathEqualTo("/api/reason-codes")).willReturn(okJson(EnforcementPagesTest.REASONS)));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/account-groups")).willReturn(okJson("""
                {"items":[{"id":"%s","name":"Sneaker ring","region":"US","description":"Shared payout card",
                 "members":[{"type":"account","ref":"A-9"},{"type":"account","ref":"A-10"}],"caseIds":["%s"]}]}"""
                .formatted(GROUP_ID, CASE_ID))));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/guidance")).willReturn(okJson("""
                {"caseId":"%s","status":"AVAILABLE","sop":{"key":"shop.counterfeit-listing","title":"Counterfeit listings",
                  "version":3,"stepList":[]},
                 "position":{"kind":"OUTCOME","outcome":{"code":"SUSPEND_SELLER","handover":true},
                  "path":["reporter","proof","strikes","suspend"]},
                 "walk":{"sopKey":"shop.counterfeit-listing","sopVersion":3,"status":"DECIDED","answers":[],
                  "treeOutcome":"SUSPEND_SELLER","humanOutcome":"BAN_SELLER"},
                 "decision":{"status":"QUEUED"}}""".formatted(CASE_ID))));
    }

    @Test
    void theFormStartsFromTheRecordedOutcomeItsSopVersionAndPath() {
        open(SignIn.as(oidc, TestTokens.ivy()), PANEL).then().statusCode(200).body(
                containsString("Started from the SOP walk: outcome <strong>BAN_SELLER</strong> under "
                        + "shop.counterfeit-listing version 3 (path reporter → proof → strikes → suspend)"),
                containsString("<option value=\"ban\" selected>"),
                containsString("name=\"sopKey\" value=\"shop.counterfeit-listing\""),
                containsString("name=\"sopVersion\" inputmode=\"numeric\" value=\"3\""),
                containsString("name=\"sopPath\" value=\"shop.counterfeit-listing@3 reporter proof strikes suspend\""));
    }

    @Test
    void theCasesAccountGroupsAreOfferedWithTheirMembers() {
        open(SignIn.as(oidc, TestTokens.ivy()), PANEL).then().statusCode(200).body(
                containsString("<label for=\"enf-group\">Account group</label>"),
                containsString("<option value=\"" + GROUP_ID + "\" >Sneaker ring (2 members: account A-9, account A-10)"),
                containsString("value=\"account:A-9\""));
    }

    @Test
    void aRequestOnAnAccountGroupSendsItsIdAndTheWalksDecisionPath() {
        caseService.stubFor(post(urlPathEqualTo(BASE + "/enforcements")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(EnforcementPagesTest.action("ban", "PENDING_APPROVAL", "ivy"))));
        Pages.post(SignIn.as(oidc, TestTokens.ivy()), PANEL, Map.of("type", "ban", "accountGroupId", GROUP_ID,
                "reasonCode", "SHOP-COUNTERFEIT", "sopKey", "shop.counterfeit-listing", "sopVersion", "3",
                "sopPath", "shop.counterfeit-listing@3 reporter proof strikes suspend", "rationale", "ring of fakes"))
                .then().statusCode(303);
        caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/enforcements")).withRequestBody(equalToJson("""
                {"type":"ban","subjects":[],"accountGroupId":"%s","reasonCode":"SHOP-COUNTERFEIT",
                 "rationale":"ring of fakes","sop":{"key":"shop.counterfeit-listing","version":3,
                 "decisionPath":["reporter","proof","strikes","suspend"]}}""".formatted(GROUP_ID))));
    }

    @Test
    void aGroupThatIsNotAnIdIsRefusedByTheConsoleWithWhatWasTypedKept() {
        Pages.post(SignIn.as(oidc, TestTokens.ivy()), PANEL, Map.of("type", "warn", "accountGroupId", "ring",
                "reasonCode", "SHOP-COUNTERFEIT", "rationale", "kept words")).then().statusCode(400)
                .body(containsString("choose one of the case&#39;s account groups"), containsString("kept words"));
        caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/enforcements")));
    }

    @Test
    void withoutGuidanceOrGroupsTheFormIsFilledInByHandAndStillWorks() {
        caseService.stubFor(get(urlPathEqualTo(BASE + "/guidance")).willReturn(aResponse().withStatus(503)));
        caseService.stubFor(get(urlPathEqualTo(BASE + "/account-groups")).willReturn(aResponse().withStatus(500)));
        open(SignIn.as(oidc, TestTokens.ivy()), PANEL).then().statusCode(200).body(
                not(containsString("Started from the SOP walk")), containsString("<option value=\"\">No group</option>"),
                containsString("account groups could not be loaded (case-service is unavailable"),
                containsString("name=\"sopKey\" value=\"\""), containsString("Request action</button>"));
    }
}
