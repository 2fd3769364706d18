package io.vigil.cases.shift;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The roster filters: where, who, which role, and shifts overlapping [{@code from}, {@code to}). */
public record ShiftFilter(Optional<String> region, Optional<UUID> queueId, Optional<String> person,
        Optional<ShiftRole> role, Optional<Instant> from, Optional<Instant> to) {
}
