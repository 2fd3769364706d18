package io.vigil.cases.rest;

import io.vigil.cases.shift.ShiftFilter;
import io.vigil.cases.shift.ShiftRole;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** The filters of GET /api/shifts, checked here so a bad one names itself. */
public class ShiftQuery {

    @QueryParam("region")
    String region;
    @QueryParam("queueId")
    String queueId;
    @QueryParam("person")
    String person;
    @QueryParam("role")
    String role;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;

    ShiftFilter toFilter() {
        return new ShiftFilter(present(region).map(String::toUpperCase), present(queueId).map(ShiftQuery::uuid),
                present(person), QueryValues.enumValue(ShiftRole.class, "role", role), instant("from", from),
                instant("to", to));
    }

    static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("queueId", "must be a queue id (a UUID)");
        }
    }

    static Optional<Instant> instant(String name, String value) {
        try {
            return present(value).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "must be an RFC 3339 UTC time such as 2026-11-01T08:00:00Z");
        }
    }
}
