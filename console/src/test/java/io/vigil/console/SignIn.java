package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks the authorization code flow against the test OIDC server the way a browser does: the console
 * redirects to the authorization endpoint, the "identity provider" answers the callback with a code, the
 * console exchanges it (here for the given token) and sets its session cookie.
 */
final class SignIn {

    private SignIn() {
    }

    /** Signs in with the given access token (also used as ID token) and returns the session cookies. */
    static Map<String, String> as(WireMockServer oidc, String token) {
        oidc.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + token + "\",\"id_token\":\"" + token
                                + "\",\"refresh_token\":\"refresh-" + token.hashCode()
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));

        Response challenge = given().redirects().follow(false).when().get("/cases");
        assertThat(challenge.statusCode()).isEqualTo(302);
        Map<String, String> query = query(URI.create(challenge.header("Location")));

        Response callback = given().redirects().follow(false).cookies(challenge.cookies())
                .urlEncodingEnabled(false)
                .when().get(query.get("redirect_uri") + "?state=" + query.get("state") + "&code=test-code");
        assertThat(callback.statusCode()).as("the console accepted the code").isEqualTo(302);
        Map<String, String> session = new HashMap<>(callback.cookies());
        assertThat(session.keySet()).anyMatch(name -> name.startsWith("q_session"));
        return session;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
