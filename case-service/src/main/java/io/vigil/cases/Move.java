package io.vigil.cases;

import java.time.Instant;
import java.util.UUID;

/** Who moves a case, why and when; the id names the status-history row the move writes. */
public record Move(UUID changeId, String actor, String reason, Instant at) {
}
