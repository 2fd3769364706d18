package io.vigil.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as in production (prod profile), boots, signs people in and serves pages. */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
@WithTestResource(PackagedConsoleIT.TestIssuer.class)
class PackagedConsoleIT {

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void theJarBecomesReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aVisitorIsSentToTheIdentityProvider() {
        Response response = given().redirects().follow(false).when().get("/cases");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).startsWith(oidc.baseUrl() + "/auth/realms/quarkus");
    }

    @Test
    void aSignedInInvestigatorIsTakenToTheirQueue() {
        Map<String, String> session = SignIn.as(oidc, TestTokens.ian());

        given().cookies(session).redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", containsString("/queue"));
    }

    /** What the prod profile needs from a test run: the test OIDC server, its audience and a client secret. */
    public static class TestIssuer implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.token.audience", "https://server.example.com",
                    "quarkus.oidc.credentials.secret", "console-it-secret-of-at-least-32-characters");
        }

        @Override
        public void stop() {
        }
    }
}
