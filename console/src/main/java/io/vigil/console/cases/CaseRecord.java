package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One case with everything its header shows, as GET /api/cases/{id} answers it. */
@RegisterForReflection
public record CaseRecord(UUID id, String ref, String domain, String category, String title, String description,
        String region, String severity, String priority, String source, String status, Instant statusSince,
        UUID queueId, String assignee, List<Subject> subjects, List<String> labels, int reportCount, Sla sla,
        String createdBy, Instant createdAt, Instant updatedAt, Instant resolvedAt, long version) {

    public CaseRecord {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public String statusLabel() {
        return Display.words(status);
    }

    public String statusClass() {
        return Display.token(status);
    }

    public String severityClass() {
        return Display.token(severity);
    }

    public String opened() {
        return Display.time(createdAt);
    }

    public boolean assignedTo(String user) {
        return assignee != null && assignee.equals(user);
    }

    public boolean isOpen() {
        return !"RESOLVED".equals(status) && !"CLOSED".equals(status);
    }
}
