package io.vigil.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vigil.testkit.TestTokens;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class SessionTest {

    @OidcWireMock
    WireMockServer oidc;

    @Nested
    class SigningIn {

        @Test
        void aVisitorWithoutASessionIsSentToTheAuthorizationEndpoint() {
            Response response = given().redirects().follow(false).when().get("/");

            assertThat(response.statusCode()).isEqualTo(302);
            URI location = URI.create(response.header("Location"));
            assertThat(location.toString()).startsWith(oidc.baseUrl() + "/auth/realms/quarkus");
            assertThat(SignIn.query(location)).containsEntry("client_id", "console")
                    .containsEntry("response_type", "code").containsKey("state");
        }

        @Test
        void anHtmxRequestWithoutASessionIsAnsweredWith499InsteadOfARedirect() {
            given().redirects().follow(false).header("X-Requested-With", "XMLHttpRequest")
                    .when().get("/cases").then().statusCode(499);
        }

        @Test
        void theHomePageOpensMyQueueForSomeoneWhoWorksCases() {
            Map<String, String> session = SignIn.as(oidc, TestTokens.ian());

            given().cookies(session).redirects().follow(false).when().get("/")
                    .then().statusCode(303).header("Location", endsWith("/queue"));
        }

        @Test
        void theHomePageOpensTheCaseListForSomeoneWhoDoesNotWorkCases() {
            Map<String, String> session = SignIn.as(oidc, TestTokens.aud());

            given().cookies(session).redirects().follow(false).when().get("/")
                    .then().statusCode(303).header("Location", endsWith("/cases"));
        }
    }

    @Nested
    class SigningOut {

        @Test
        void signingOutEndsTheKeycloakSessionAndReturnsToThePublicSignedOutPage() {
            Map<String, String> session = SignIn.as(oidc, TestTokens.ian());

            Response response = given().cookies(session).redirects().follow(false).when().post("/logout");

            assertThat(response.statusCode()).isEqualTo(302);
            URI location = URI.create(response.header("Location"));
            assertThat(location.getPath()).isEqualTo("/auth/realms/quarkus/protocol/openid-connect/end-session");
            assertThat(SignIn.query(location).get("post_logout_redirect_uri")).endsWith("/signed-out");
            assertThat(response.header("Set-Cookie")).contains("q_session");
        }

        @Test
        void theSignedOutPageIsPublicAndOffersToSignInAgain() {
            given().redirects().follow(false).when().get("/signed-out")
                    .then().statusCode(200).body(containsString("You are signed out"),
                            containsString("href=\"/cases\""));
        }
    }

    @Nested
    class Operability {

        @Test
        void readinessIsUpWithoutAskingOtherServices() {
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }

        @Test
        void livenessIsUp() {
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        }

        @Test
        void theOpenApiDocumentIsServed() {
            given().queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo("Vigil console"));
        }

        @Test
        void prometheusMetricsAreServed() {
            given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        }

        @Test
        void htmxAndTheStylesheetAreServedWithoutASession() {
            given().when().get("/_static/htmx.org/dist/htmx.min.js").then().statusCode(200)
                    .body(containsString("htmx"));
            given().when().get("/static/console.css").then().statusCode(200).body(containsString(":focus-visible"));
        }

        @Test
        void pagesCarryAContentSecurityPolicy() {
            given().when().get("/signed-out").then().header("Content-Security-Policy", notNullValue())
                    .header("X-Frame-Options", equalTo("DENY"));
        }
    }
}
