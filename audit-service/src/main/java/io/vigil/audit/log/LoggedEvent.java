package io.vigil.audit.log;

import java.time.Instant;
import java.util.UUID;

/** One event as the log holds it: its seq, when it was sequenced, its leaf hash and the canonical envelope. */
public record LoggedEvent(long seq, UUID eventId, Instant recordedAt, byte[] leafHash, String envelope) {
}
