package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;

/** JSON helpers for stored answers: the request fingerprint an Idempotency-Key is bound to, and the ETag. */
final class Hashes {

    private Hashes() {
    }

    static String of(ObjectMapper json, Object request) throws JsonProcessingException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static String write(ObjectMapper json, Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OptionalLong version(String body) {
        int at = body.lastIndexOf("\"version\":");
        if (at < 0) {
            return OptionalLong.empty();
        }
        String rest = body.substring(at + 10).replaceAll("^(\\d+).*$", "$1");
        return rest.matches("\\d+") ? OptionalLong.of(Long.parseLong(rest)) : OptionalLong.empty();
    }
}
