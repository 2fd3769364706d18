package io.vigil.sop;

import java.time.Instant;
import java.util.UUID;

/**
 * A version was published, to take effect at {@code effectiveFrom} (now or later). Fired inside the publishing
 * transaction: the audience's acknowledgement requests are recorded in it, and caches of the version in effect
 * are told once it commits.
 */
public record VersionPublished(UUID sopId, String key, int number, Instant effectiveFrom) {
}
