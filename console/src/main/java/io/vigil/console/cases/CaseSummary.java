package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The fields of a case the list shows. Enumerations stay strings so that a value case-service adds later
 * renders instead of breaking the page.
 */
@RegisterForReflection
public record CaseSummary(UUID id, String ref, String domain, String category, String title, String region,
        String severity, String priority, String status, String assignee, Instant createdAt) {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Timestamps are UTC everywhere in Vigil (DESIGN.md section 3); the page says so rather than guess a zone. */
    public String created() {
        return createdAt == null ? "" : CREATED.format(createdAt);
    }

    /** An attribute-safe token for styling the status badge. */
    public String statusClass() {
        return status == null ? "unknown" : status.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public String severityClass() {
        return severity == null ? "unknown" : severity.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public String statusLabel() {
        return status == null ? "" : status.replace('_', ' ');
    }
}
