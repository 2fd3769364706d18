package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/**
 * A case as the lists show it. Enumerations stay strings so that a value case-service adds later renders
 * instead of breaking the page.
 */
@RegisterForReflection
public record CaseSummary(UUID id, String ref, String domain, String category, String title, String region,
        String severity, String priority, String status, UUID queueId, String assignee, Sla sla,
        Instant createdAt) {

    public String created() {
        return Display.time(createdAt);
    }

    public String statusClass() {
        return Display.token(status);
    }

    public String severityClass() {
        return Display.token(severity);
    }

    public String statusLabel() {
        return Display.words(status);
    }

    public String slaState() {
        return sla == null ? "" : sla.stateLabel();
    }

    public String slaClass() {
        return sla == null ? "unknown" : sla.stateClass();
    }

    public String link() {
        return "/cases/" + id;
    }
}
