package io.vigil.cases.incident;

import io.vigil.cases.Case;
import java.time.Instant;

/** A case grouped under an incident, with who linked it and when. */
public record LinkedCase(Case kase, String linkedBy, Instant linkedAt) {
}
