package io.vigil.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Calls the services as a script would: plain HTTP, a bearer token or none, JSON in and out. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Optional<String> token;

    private Api(Optional<String> token) {
        this.token = token;
    }

    public static Api as(String bearerToken) {
        return new Api(Optional.of(bearerToken));
    }

    public static Api anonymous() {
        return new Api(Optional.empty());
    }

    public Reply get(App app, String path) {
        return get(app, path, "application/json");
    }

    public Reply get(App app, String path, String accept) {
        return send(request(app, path).header("Accept", accept).GET());
    }

    public Reply post(App app, String path, Object body) {
        try {
            return send(request(app, path).header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body + " as JSON", e);
        }
    }

    public Reply put(App app, String path) {
        return send(request(app, path).header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(App app, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20));
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    static Reply send(HttpRequest.Builder request) {
        return send(HTTP, request.build());
    }

    static Reply send(HttpClient http, HttpRequest request) {
        try {
            return Reply.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
