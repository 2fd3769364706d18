package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.vigil.console.Pages.open;
import static io.vigil.console.SopFixtures.page;
import static io.vigil.console.SopFixtures.sop;
import static io.vigil.console.SopFixtures.versions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(FakeSopService.class)
@WithTestResource(FakeAuditService.class)
class SopLibraryPageTest {

    @OidcWireMock
    WireMockServer oidc;

    @FakeSopService.Stub
    WireMockServer sopService;

    @BeforeEach
    void forgetEarlierCalls() {
        sopService.resetAll();
    }

    private void library(String... sops) {
        sopService.stubFor(get(urlPathEqualTo("/api/sops")).willReturn(okJson(page(List.of(sops), null))));
    }

    @Nested
    class TheList {

        @Test
        void anInvestigatorSeesEachSopWithItsVersionInEffectAndItsOpenVersions() {
            String token = TestTokens.ivy();
            sopService.stubFor(get(urlPathEqualTo("/api/sops")).withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(okJson(page(List.of(sop("shop.refund-dispute", "Refund disputes", "shop", "\"GDPR\",\"PSD2\"")), null))));
            sopService.stubFor(get(urlPathEqualTo("/api/sops/shop.refund-dispute/versions"))
                    .willReturn(okJson(versions("shop.refund-dispute", "RETIRED", "PUBLISHED", "IN_REVIEW"))));

            open(SignIn.as(oidc, token), "/sops").then().statusCode(200)
                    .body(containsString("shop.refund-dispute"), containsString("Refund disputes"),
                            containsString("href=\"/sops/shop.refund-dispute\""), containsString("version 2"),
                            containsString("v3 IN REVIEW"), containsString("GDPR"), containsString("PSD2"),
                            containsString("order-data"), containsString("180 days"),
                            containsString("aria-current=\"page\">SOP library"));
        }

        @Test
        void theLegalBasisAndDataCategoryFiltersAreAskedOfSopService() {
            library();

            open(SignIn.as(oidc, TestTokens.sam()), "/sops?legalBasis=gdpr&dataCategory=Payment-Data").then()
                    .statusCode(200).body(containsString("No SOPs match these filters"));
            sopService.verify(getRequestedFor(urlPathEqualTo("/api/sops")).withQueryParam("legalBasis", equalTo("GDPR"))
                    .withQueryParam("dataCategory", equalTo("payment-data")).withQueryParam("limit", equalTo("500")));
        }

        @Test
        void theDomainFilterKeepsOnlySopsOfThatDomainAndOffersEveryDomainOfTheLibrary() {
            library(sop("ads.election", "Election ads", "ads", ""), sop("shop.refund", "Refunds", "shop", ""));
            sopService.stubFor(get(urlPathMatching("/api/sops/.*/versions")).willReturn(okJson(versions("x", "PUBLISHED"))));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops?domain=shop").then().statusCode(200)
                    .body(containsString("shop.refund"), not(containsString("ads.election</span>")),
                            containsString("<option value=\"ads\" >ads</option>"),
                            containsString("<option value=\"shop\" selected>shop</option>"));
        }

        @Test
        void theStatusFilterKeepsSopsThatHaveAVersionInThatState() {
            library(sop("ads.election", "Election ads", "ads", ""), sop("shop.refund", "Refunds", "shop", ""));
            sopService.stubFor(get(urlPathEqualTo("/api/sops/ads.election/versions"))
                    .willReturn(okJson(versions("ads.election", "PUBLISHED"))));
            sopService.stubFor(get(urlPathEqualTo("/api/sops/shop.refund/versions"))
                    .willReturn(okJson(versions("shop.refund", "PUBLISHED", "IN_REVIEW"))));

            open(SignIn.as(oidc, TestTokens.sara()), "/sops?status=in_review").then().statusCode(200)
                    .body(containsString("shop.refund"), not(containsString("ads.election</span>")));
        }

        @Test
        void aFullPageOffersTheNextPageWhichStartsAfterItsLastKey() {
            List<String> many = new ArrayList<>();
            for (int i = 10; i < 36; i++) {
                many.add(sop("sop.k" + i, "SOP " + i, "shop", ""));
            }
            library(many.toArray(String[]::new));
            sopService.stubFor(get(urlPathMatching("/api/sops/.*/versions")).willReturn(okJson(versions("x", "DRAFT"))));
            var session = SignIn.as(oidc, TestTokens.sam());

            open(session, "/sops").then().statusCode(200)
                    .body(containsString("sop.k34"), not(containsString("sop.k35")),
                            containsString("href=\"/sops?cursor=sop.k34\" rel=\"next\">Next page"));
            open(session, "/sops?cursor=sop.k34").then().statusCode(200)
                    .body(containsString("sop.k35"), not(containsString("sop.k34</span>")),
                            not(containsString("Next page")), containsString("First page"));
        }

        @Test
        void sopServiceBeingDownIsSaidInWordsAndTheRestOfThePageStays() {
            sopService.stubFor(get(urlPathEqualTo("/api/sops")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops").then().statusCode(200)
                    .body(containsString("sop-service is unavailable (it did not answer)"),
                            containsString("Show SOPs"), not(containsString("Exception")));
        }

        @Test
        void aServerErrorIsShownAsTheServiceBeingUnavailable() {
            sopService.stubFor(get(urlPathEqualTo("/api/sops")).willReturn(aResponse().withStatus(500)));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops").then().statusCode(200)
                    .body(containsString("sop-service is unavailable (it answered with HTTP 500)"));
        }
    }

    @Nested
    class Roles {

        @Test
        void someoneWithoutAnSopRoleIsToldTheLibraryIsNotForTheirRolesAndSopServiceIsNotAsked() {
            String nobody = TestTokens.token("nina", Set.of(), List.of("US"));

            open(SignIn.as(oidc, nobody), "/sops").then().statusCode(403)
                    .body(containsString("The SOP library is for people with the role"),
                            not(containsString("href=\"/sops\" ")));
            sopService.verify(0, getRequestedFor(urlPathEqualTo("/api/sops")));
        }

        @Test
        void theNavigationOffersEachAreaOnlyToItsRoles() {
            library();
            open(SignIn.as(oidc, TestTokens.aud()), "/sops").then().statusCode(200)
                    .body(containsString("href=\"/audit/events\""), not(containsString("href=\"/dashboard\"")));
            open(SignIn.as(oidc, TestTokens.lena()), "/sops").then().statusCode(200)
                    .body(containsString("href=\"/dashboard\""), not(containsString("href=\"/audit/events\"")));
            open(SignIn.as(oidc, TestTokens.ivy()), "/sops").then().statusCode(200)
                    .body(containsString("href=\"/sops\""), not(containsString("href=\"/dashboard\"")),
                            not(containsString("href=\"/audit/events\"")));
        }
    }

    @Nested
    class DueForReview {

        @Test
        void theMostOverdueSopComesFirst() {
            sopService.stubFor(get(urlPathEqualTo("/api/sops/review-due")).withHeader("Authorization", matching("Bearer .+"))
                    .willReturn(okJson(SopFixtures.list(List.of(SopFixtures.reviewDue("a.first", 3),
                            SopFixtures.reviewDue("b.second", 40))))));

            String body = open(SignIn.as(oidc, TestTokens.sam()), "/sops/review-due").then().statusCode(200)
                    .body(containsString("40 days"), containsString("2026-08-28 00:00 UTC")).extract().asString();
            org.assertj.core.api.Assertions.assertThat(body.indexOf("b.second")).isLessThan(body.indexOf("a.first"));
        }

        @Test
        void nothingDueIsSaid() {
            sopService.stubFor(get(urlPathEqualTo("/api/sops/review-due")).willReturn(okJson("[]")));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops/review-due").then().statusCode(200)
                    .body(containsString("No SOP is due for its periodic review"));
        }

        @Test
        void aFailureIsShownInWords() {
            sopService.stubFor(get(urlPathEqualTo("/api/sops/review-due")).willReturn(aResponse().withStatus(503)));

            open(SignIn.as(oidc, TestTokens.sam()), "/sops/review-due").then().statusCode(200)
                    .body(containsString("sop-service is unavailable"));
        }
    }
}
