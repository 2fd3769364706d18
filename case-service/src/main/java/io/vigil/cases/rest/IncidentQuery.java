package io.vigil.cases.rest;

import io.vigil.cases.incident.IncidentFilter;
import io.vigil.cases.incident.IncidentKind;
import io.vigil.cases.incident.IncidentSeverity;
import io.vigil.cases.incident.IncidentStatus;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;

/** The filters of GET /api/incidents, checked here so a bad one names itself. */
public class IncidentQuery {

    @QueryParam("status")
    String status;
    @QueryParam("severity")
    String severity;
    @QueryParam("kind")
    String kind;
    @QueryParam("region")
    String region;
    @QueryParam("commander")
    String commander;
    @QueryParam("caseId")
    String caseId;

    IncidentFilter toFilter() {
        return new IncidentFilter(QueryValues.enumValue(IncidentStatus.class, "status", status),
                QueryValues.enumValue(IncidentSeverity.class, "severity", severity),
                QueryValues.enumValue(IncidentKind.class, "kind", kind), present(region).map(String::toUpperCase),
                present(commander), present(caseId).map(IncidentQuery::uuid));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("caseId", "must be a case id (a UUID)");
        }
    }
}
