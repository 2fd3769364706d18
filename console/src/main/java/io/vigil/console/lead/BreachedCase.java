package io.vigil.console.lead;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.UUID;

/** A case whose SLA is breached, with what a lead needs to pick it up. */
@RegisterForReflection
public record BreachedCase(UUID id, String ref, String title, String region, String priority, String status,
        String assignee, Sla sla) {

    /** The case's SLA clock as case-service reports it. */
    @RegisterForReflection
    public record Sla(String state, Instant firstActionDue, Instant firstActionAt, Instant resolutionDue) {
    }

    /** The case page in the console. */
    public String link() {
        return "/cases/" + id;
    }

    /** Which promise was broken: first action when none was taken in time, else resolution. */
    public String missed() {
        if (sla == null) {
            return "";
        }
        boolean firstLate = sla.firstActionDue() != null && (sla.firstActionAt() == null
                ? true : sla.firstActionAt().isAfter(sla.firstActionDue()));
        return firstLate ? "first action due " + Times.utc(sla.firstActionDue())
                : "resolution due " + Times.utc(sla.resolutionDue());
    }

    public String statusLabel() {
        return status == null ? "" : status.replace('_', ' ');
    }
}
