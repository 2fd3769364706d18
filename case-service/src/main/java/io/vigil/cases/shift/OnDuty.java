package io.vigil.cases.shift;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who is on shift at one moment for a region (and perhaps one queue): the leads and the investigators. */
public record OnDuty(String region, Optional<UUID> queueId, Instant at, List<Shift> leads,
        List<Shift> investigators) {
}
