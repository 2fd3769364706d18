package io.vigil.cases.rest;

import io.vigil.cases.CaseFilter;
import io.vigil.cases.CaseStatus;
import io.vigil.cases.Priority;
import io.vigil.cases.sla.SlaState;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;

/** The filters of GET /api/cases, read as query parameters and checked here so a bad one names itself. */
public class CaseQuery {

    @QueryParam("status")
    String status;
    @QueryParam("region")
    String region;
    @QueryParam("subject")
    String subject;
    @QueryParam("queueId")
    String queueId;
    @QueryParam("assignee")
    String assignee;
    @QueryParam("priority")
    String priority;
    @QueryParam("label")
    String label;
    @QueryParam("sla")
    String sla;
    @QueryParam("q")
    String text;

    CaseFilter toFilter() {
        return new CaseFilter(QueryValues.enumValue(CaseStatus.class, "status", status), present(region),
                present(subject), present(queueId).map(CaseQuery::uuid), present(assignee),
                QueryValues.enumValue(Priority.class, "priority", priority), present(label),
                QueryValues.enumValue(SlaState.class, "sla", sla), present(text));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("queueId", "must be a queue id (a UUID)");
        }
    }
}
