package io.vigil.e2e.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The e2e run's own Keycloak (port 18180, instance under e2e/target), started and stopped with the same
 * scripts as the local run, and real tokens from it.
 */
public final class Keycloak {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final StackLayout layout;
    private volatile Process ensure;

    Keycloak(StackLayout layout) {
        this.layout = layout;
    }

    /**
     * Starts a fresh instance. One left running by an aborted earlier run is stopped first: it may still be
     * starting, which keycloak-ensure refuses to wait for.
     */
    void start() {
        stop();
        Scripts.run(layout.script("keycloak-ensure"), layout.log("keycloak-ensure"), START_TIMEOUT,
                process -> ensure = process,
                "--port", Integer.toString(StackLayout.KEYCLOAK_PORT),
                "--home", layout.keycloakHome().toString(),
                "--log", layout.log("keycloak").toString());
    }

    /** Stops the instance, also while keycloak-ensure is still waiting for it (a start that failed elsewhere). */
    void stop() {
        Process starting = ensure;
        if (starting != null && starting.isAlive()) {
            starting.descendants().forEach(ProcessHandle::destroy);
            starting.destroy();
        }
        Scripts.run(layout.script("keycloak-stop"), layout.log("keycloak-ensure"), Duration.ofSeconds(60),
                "--home", layout.keycloakHome().toString());
    }

    /** A user's access token by the password grant of the public vigil-cli client (demo password = user name). */
    public String passwordToken(String user) {
        return token(Map.of("grant_type", "password", "client_id", "vigil-cli", "username", user, "password", user));
    }

    /** A service account's access token by the client-credentials grant (LOCAL DEMO secret). */
    public String serviceToken(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-local-secret"));
    }

    public String issuer() {
        return layout.issuer();
    }

    private String token(Map<String, String> form) {
        Reply reply = Api.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
        if (reply.status() != 200) {
            throw new AssertionError("Keycloak refused a token: " + reply);
        }
        return reply.json().path("access_token").asText();
    }

    static String formBody(Map<String, String> form) {
        return new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
