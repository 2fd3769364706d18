package io.vigil.audit.rest;

import io.vigil.kit.problem.InvalidRequestException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** RFC 3339 query parameters parsed here, because JAX-RS answers an unparsable one with a bare 404. */
final class QueryTimes {

    private QueryTimes() {
    }

    /** The instant, or null when the parameter is absent. */
    static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter, "'" + value + "' is not an RFC 3339 time such as 2026-11-23T10:15:30Z");
        }
    }
}
