package io.vigil.cases.rest;

import io.vigil.cases.incident.Incident;
import io.vigil.cases.incident.IncidentKind;
import io.vigil.cases.incident.IncidentSeverity;
import io.vigil.cases.incident.IncidentStateMachine;
import io.vigil.cases.incident.IncidentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident as the API shows it, with the statuses it may move to next. */
public record IncidentBody(UUID id, String ref, String title, String description, IncidentKind kind,
        IncidentSeverity severity, IncidentStatus status, List<IncidentStatus> allowedTransitions,
        Instant statusSince, List<String> regions, String commander, String createdBy, Instant createdAt,
        Instant updatedAt, Instant mitigatedAt, Instant resolvedAt, Instant closedAt, long version) {

    static IncidentBody from(Incident i) {
        return new IncidentBody(i.id(), i.ref(), i.title(), i.description(), i.kind(), i.severity(), i.status(),
                IncidentStateMachine.allowedFrom(i.status()).stream().sorted().toList(), i.statusSince(),
                i.regions(), i.commander(), i.createdBy(), i.createdAt(), i.updatedAt(), i.mitigatedAt(),
                i.resolvedAt(), i.closedAt(), i.version());
    }
}
