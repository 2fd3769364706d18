package io.vigil.cases.incident;

import java.time.Instant;
import java.util.UUID;

/** One saved RCA version as readers see it. */
public record RcaVersion(UUID incidentId, int number, String author, Instant createdAt, RcaContent content) {
}
