package io.vigil.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Optional;

/** An HTTP answer read in full, with the request it answered for readable assertion messages. */
public record Reply(String request, int status, String contentType, Optional<String> location, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Reply of(HttpResponse<String> response) {
        return new Reply(response.request().method() + " " + response.request().uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location"), response.body());
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + body, e);
        }
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + contentType + "\n" + body;
    }
}
