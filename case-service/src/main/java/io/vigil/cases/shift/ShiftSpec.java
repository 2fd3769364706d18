package io.vigil.cases.shift;

import java.time.Instant;
import java.util.UUID;

/** Who is on duty where and when; {@code queueId} null means the whole region. */
public record ShiftSpec(String region, UUID queueId, String person, ShiftRole role, Instant startsAt,
        Instant endsAt) {
}
