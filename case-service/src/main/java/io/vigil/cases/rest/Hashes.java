package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kit.idempotency.IdempotencyKeys;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/** JSON helpers for stored answers: the request fingerprint an Idempotency-Key is bound to, and the ETag. */
final class Hashes {

    private Hashes() {
    }

    static String of(ObjectMapper json, Object request) throws JsonProcessingException {
        return IdempotencyKeys.fingerprint(json, request);
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
