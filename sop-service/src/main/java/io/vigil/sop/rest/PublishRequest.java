package io.vigil.sop.rest;

import java.time.Instant;

/** When the version takes effect; absent means now. */
public record PublishRequest(Instant effectiveFrom) {
}
