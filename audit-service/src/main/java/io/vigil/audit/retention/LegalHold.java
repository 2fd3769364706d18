package io.vigil.audit.retention;

import java.time.Instant;
import java.util.UUID;

/** A legal hold: a recordedAt range (and optionally one subject) kept from purge and erasure until released. */
public record LegalHold(UUID id, String reason, Instant from, Instant to, String subjectRef, String createdBy,
        Instant createdAt, String releasedBy, Instant releasedAt) {

    public boolean active() {
        return releasedAt == null;
    }
}
