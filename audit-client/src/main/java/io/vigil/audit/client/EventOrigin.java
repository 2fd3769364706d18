package io.vigil.audit.client;

import io.vigil.audit.client.AuditEnvelope.Actor;
import java.time.Instant;
import java.util.UUID;

/** The envelope fields that come from the running request rather than from the producer's domain code. */
record EventOrigin(UUID eventId, String producer, Instant occurredAt, Actor actor, String correlationId,
        String traceId) {
}
