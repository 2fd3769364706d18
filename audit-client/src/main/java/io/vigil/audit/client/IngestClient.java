package io.vigil.audit.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs a batch to audit-service with the producer's own client-credentials token (DESIGN.md section 2).
 * The JDK client keeps the library free of reflection-heavy REST clients, which suits native images.
 */
@ApplicationScoped
class IngestClient {

    private final OidcClient oidc;
    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Tokens tokens;

    IngestClient(OidcClient oidc, AuditClientConfig config) {
        this.oidc = oidc;
        this.endpoint = URI.create(config.url().toString().replaceAll("/+$", "") + "/api/audit/events");
        this.timeout = config.relay().timeout();
    }

    /** Delivers the JSON array; returns normally only on 202, when audit-service has durably accepted it. */
    void deliver(String batchJson) throws DeliveryException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken())
                .POST(HttpRequest.BodyPublishers.ofString(batchJson)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException("audit-service unreachable at " + endpoint + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while delivering to " + endpoint);
        }
        if (response.statusCode() == 401) {
            tokens = null;
        }
        if (response.statusCode() != 202) {
            throw new DeliveryException("audit-service answered " + response.statusCode() + ": " + response.body());
        }
    }

    private synchronized String accessToken() throws DeliveryException {
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            try {
                tokens = oidc.getTokens().await().atMost(timeout);
            } catch (RuntimeException e) {
                throw new DeliveryException("cannot get a client-credentials token: " + e.getMessage());
            }
        }
        return tokens.getAccessToken();
    }

    /** A batch that was not acknowledged; the relay keeps it and retries. */
    static final class DeliveryException extends Exception {

        private static final long serialVersionUID = 1L;

        DeliveryException(String message) {
            super(message);
        }
    }
}
