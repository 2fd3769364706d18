package io.vigil.cases.rest;

import io.vigil.cases.Case;
import io.vigil.cases.CaseSource;
import io.vigil.cases.CaseStatus;
import io.vigil.cases.Priority;
import io.vigil.cases.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it. */
public record CaseBody(UUID id, String ref, String domain, String category, String title, String description,
        String region, Severity severity, Priority priority, CaseSource source, CaseStatus status, UUID queueId,
        String assignee, List<SubjectBody> subjects, int reportCount, String createdBy, Instant createdAt,
        Instant updatedAt, long version) {

    static CaseBody from(Case c) {
        return new CaseBody(c.id(), c.ref(), c.domain(), c.category(), c.title(), c.description(), c.region(),
                c.severity(), c.priority(), c.source(), c.status(), c.queueId(), c.assignee(),
                c.subjects().stream().map(SubjectBody::from).toList(), c.reportCount(), c.createdBy(),
                c.createdAt(), c.updatedAt(), c.version());
    }
}
