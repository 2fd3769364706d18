package io.vigil.cases.incident;

import java.util.Optional;
import java.util.UUID;

/** The filters of the incident list; each is optional and they combine with AND. */
public record IncidentFilter(Optional<IncidentStatus> status, Optional<IncidentSeverity> severity,
        Optional<IncidentKind> kind, Optional<String> region, Optional<String> commander, Optional<UUID> caseId) {
}
