package io.vigil.cases.rest;

import io.vigil.cases.shift.Shift;
import io.vigil.cases.shift.ShiftRole;
import java.time.Instant;
import java.util.UUID;

/** A shift as the API shows it; {@code queueId} null means the whole region. */
public record ShiftBody(UUID id, String region, UUID queueId, String person, ShiftRole role, Instant startsAt,
        Instant endsAt, String createdBy, Instant createdAt, long version) {

    static ShiftBody from(Shift s) {
        return new ShiftBody(s.id(), s.region(), s.queueId(), s.person(), s.role(), s.startsAt(), s.endsAt(),
                s.createdBy(), s.createdAt(), s.version());
    }
}
