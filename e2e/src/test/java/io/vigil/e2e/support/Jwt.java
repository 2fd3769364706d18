package io.vigil.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads a token's claims without checking it: the services do the checking, the tests only look. */
public final class Jwt {

    private Jwt() {
    }

    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a JWT: " + token);
        }
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new AssertionError("unreadable JWT payload", e);
        }
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
