package io.vigil.cases.rest;

import io.vigil.kit.problem.InvalidRequestException;
import java.util.OptionalLong;

/** Reads the version out of an If-Match header carrying an ETag this API issued (RFC 9110 section 13.1.1). */
final class IfMatch {

    private IfMatch() {
    }

    static OptionalLong of(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException foreign) {
            throw new InvalidRequestException("If-Match", "must be an ETag this API issued, such as \"3\"");
        }
    }
}
