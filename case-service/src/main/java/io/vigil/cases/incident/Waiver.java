package io.vigil.cases.incident;

import java.time.Instant;

/** The recorded decision not to carry out a corrective action: who took it, why, and when. */
public record Waiver(String by, String reason, Instant at) {
}
