package io.vigil.cases.rest;

import io.vigil.cases.Case;
import io.vigil.cases.CaseSource;
import io.vigil.cases.CaseStatus;
import io.vigil.cases.Priority;
import io.vigil.cases.Severity;
import io.vigil.cases.sla.CaseSla;
import io.vigil.cases.sla.SlaState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it. */
public record CaseBody(UUID id, String ref, String domain, String category, String title, String description,
        String region, Severity severity, Priority priority, CaseSource source, CaseStatus status,
        Instant statusSince, UUID queueId, String assignee, List<SubjectBody> subjects, List<String> labels,
        int reportCount, List<String> reporters, SlaBody sla, String createdBy, Instant createdAt,
        Instant updatedAt, Instant resolvedAt, long version) {

    /** The case's SLA clock: its state, due times and whether it is paused. */
    public record SlaBody(SlaState state, Instant firstActionDue, Instant firstActionAt, Instant resolutionDue,
            boolean paused) {

        static SlaBody from(CaseSla sla) {
            return new SlaBody(sla.state(), sla.firstActionDue(), sla.firstActionAt().orElse(null),
                    sla.resolutionDue(), sla.paused());
        }
    }

    static CaseBody from(Case c) {
        return new CaseBody(c.id(), c.ref(), c.domain(), c.category(), c.title(), c.description(), c.region(),
                c.severity(), c.priority(), c.source(), c.status(), c.statusSince(), c.queueId(), c.assignee(),
                c.subjects().stream().map(SubjectBody::from).toList(), c.labels(), c.reportCount(), c.reporters(),
                SlaBody.from(c.sla()), c.createdBy(), c.createdAt(), c.updatedAt(), c.resolvedAt(), c.version());
    }
}
