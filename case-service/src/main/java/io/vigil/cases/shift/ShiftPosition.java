package io.vigil.cases.shift;

import io.vigil.kit.problem.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Where a roster page ends: the last shift's start and id, written into the opaque cursor. */
public record ShiftPosition(Instant startsAt, UUID id) {

    static ShiftPosition of(Shift shift) {
        return new ShiftPosition(shift.startsAt(), shift.id());
    }

    String encode() {
        return startsAt + "|" + id;
    }

    static ShiftPosition decode(String position) {
        int bar = position.indexOf('|');
        try {
            return new ShiftPosition(Instant.parse(position.substring(0, bar)), UUID.fromString(
                    position.substring(bar + 1)));
        } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }
}
