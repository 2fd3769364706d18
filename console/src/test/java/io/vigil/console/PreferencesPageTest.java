package io.vigil.console;

import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vigil.console.shell.MediaPreference;
import io.vigil.testkit.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reviewer wellness: media starts blurred, and each user's own choice is kept in a cookie signed for them. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class PreferencesPageTest {

    private static final String PAGE = "/cases/" + CASE_ID;

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void caseWithAnImage() {
        caseService.resetAll();
        CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");
    }

    private static String choose(Map<String, String> session, String media, String back) {
        Map<String, String> form = new HashMap<>(Map.of("media", media));
        if (back != null) {
            form.put("back", back);
        }
        Response saved = given().cookies(session).redirects().follow(false).formParams(form).when()
                .post("/preferences");
        saved.then().statusCode(303);
        return saved.getCookie(MediaPreference.COOKIE);
    }

    @Test
    void evidenceImagesStartBlurredAndGreyscaleBehindARevealButton() {
        given().cookies(SignIn.as(oidc, TestTokens.ivy())).when().get(PAGE).then().statusCode(200).body(
                containsString("class=\"media media-blur\""), containsString("data-reveal aria-pressed=\"false\""),
                containsString("Reveal image"));
    }

    @Test
    void theChoiceIsSavedAndThePageShowsMediaAccordingly() {
        Map<String, String> session = SignIn.as(oidc, TestTokens.ivy());
        String cookie = choose(session, "show", PAGE);
        session.put(MediaPreference.COOKIE, cookie);

        given().cookies(session).when().get(PAGE).then().statusCode(200)
                .body(containsString("class=\"media media-show revealed\""), not(containsString("data-reveal")));
        given().cookies(session).when().get("/preferences").then().statusCode(200)
                .body(containsString("value=\"show\" checked"));
    }

    @Test
    void greyscaleOnlyKeepsTheRevealButton() {
        Map<String, String> session = SignIn.as(oidc, TestTokens.ivy());
        session.put(MediaPreference.COOKIE, choose(session, "greyscale", null));

        given().cookies(session).when().get(PAGE).then().statusCode(200)
                .body(containsString("class=\"media media-greyscale\""), containsString("data-reveal"));
    }

    @Test
    void savingReturnsToThePageItCameFromButNeverToAnotherSite() {
        Map<String, String> session = SignIn.as(oidc, TestTokens.ivy());

        given().cookies(session).redirects().follow(false).formParams(Map.of("media", "show", "back", PAGE))
                .when().post("/preferences").then().statusCode(303).header("Location", endsWith(PAGE));
        given().cookies(session).redirects().follow(false)
                .formParams(Map.of("media", "show", "back", "//evil.example/x")).when().post("/preferences")
                .then().statusCode(303).header("Location", endsWith("/preferences?saved=true"));
    }

    @Test
    void aPreferenceSavedBySomeoneElseInThisBrowserDoesNotApply() {
        Map<String, String> ivy = SignIn.as(oidc, TestTokens.ivy());
        String ivysChoice = choose(ivy, "show", null);
        Map<String, String> leo = SignIn.as(oidc, TestTokens.token("leo", java.util.Set.of("lead"),
                java.util.List.of("US")));
        leo.put(MediaPreference.COOKIE, ivysChoice);

        given().cookies(leo).when().get(PAGE).then().statusCode(200).body(containsString("media media-blur"));
    }

    @Test
    void aHandEditedCookieIsIgnored() {
        Map<String, String> session = SignIn.as(oidc, TestTokens.ivy());
        session.put(MediaPreference.COOKIE, "show.forged");

        given().cookies(session).when().get(PAGE).then().statusCode(200).body(containsString("media media-blur"));
    }
}
