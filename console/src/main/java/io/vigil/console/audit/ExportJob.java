package io.vigil.console.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.UUID;

/** An export job as audit-service reports it. */
@RegisterForReflection
public record ExportJob(UUID id, String status, Instant from, Instant to, Long firstSeq, Long treeSize, long events,
        String error) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean done() {
        return "DONE".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    public String statusClass() {
        return status == null ? "unknown" : status.toLowerCase(java.util.Locale.ROOT);
    }

    public String range() {
        return Times.utc(from) + " to " + Times.utc(to);
    }

    public String link() {
        return "/audit/exports/" + id;
    }

    public String fileName() {
        return "audit-" + id + ".zip";
    }
}
