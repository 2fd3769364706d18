package io.vigil.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With Keycloak out of reach, signing in is unavailable for a while: a 503 that says so, never a bare 500. */
@QuarkusTest
@TestProfile(SignInUnavailableTest.KeycloakDown.class)
class SignInUnavailableTest {

    public static class KeycloakDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/vigil",
                    "quarkus.oidc.connection-timeout", "2S");
        }
    }

    @Test
    void aBrowserGetsAReadablePageAskingToTryAgain() {
        given().accept("text/html").redirects().follow(false).when().get("/queue").then().statusCode(503)
                .header("Retry-After", "10").contentType(containsString("text/html"))
                .body(containsString("Sign-in is unavailable"), containsString("Nothing was changed"));
    }

    @Test
    void aScriptGetsAProblem() {
        given().accept("application/json").redirects().follow(false).when().get("/queue").then().statusCode(503)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:vigil:problem:sign-in-unavailable")).body("status", equalTo(503));
    }

    @Test
    void healthStaysReachable() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
