package io.vigil.console.rca;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import io.vigil.console.shell.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A corrective action as it stands now, with the moves the viewer may make on it. The rules mirror case-service's
 * (README, corrective actions): an open action moves to any other status, a settled one only reopens; leads move any
 * action and alone record waivers; an investigator moves only the actions they own.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CorrectiveAction(UUID id, String title, String owner, LocalDate dueDate, String status,
        Waiver waiver, String doneBy, Instant doneAt, long version) {

    static final List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "WAIVED");

    /** Who waived the action, why and when. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Waiver(String by, String reason, Instant at) {

        public String when() {
            return Times.utc(at);
        }
    }

    /** The list GET /api/incidents/{id}/corrective-actions answers. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listing(List<CorrectiveAction> items) {

        public Listing {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public long openCount() {
            return items.stream().filter(CorrectiveAction::isOpen).count();
        }
    }

    public boolean isOpen() {
        return "OPEN".equals(status) || "IN_PROGRESS".equals(status);
    }

    /** Past its due date and still open, on the given day (UTC). */
    public boolean overdueOn(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    /** The statuses the viewer may move this action to; empty when they may not move it at all. */
    public List<String> movesFor(Viewer viewer) {
        boolean lead = viewer.has("lead");
        if (!lead && !(viewer.has("investigator") && viewer.name().equals(owner))) {
            return List.of();
        }
        List<String> next = isOpen() ? STATUSES.stream().filter(s -> !s.equals(status)).toList() : List.of("OPEN");
        return lead ? next : next.stream().filter(s -> !s.equals("WAIVED")).toList();
    }

    /** Whether the viewer's moves include a waiver (which needs a reason). */
    public boolean waivableBy(Viewer viewer) {
        return movesFor(viewer).contains("WAIVED");
    }

    /** The status as a CSS class suffix, such as {@code in-progress}. */
    public String statusClass() {
        return status == null ? "" : status.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String doneWhen() {
        return Times.utc(doneAt);
    }

    /** A move as its button says it. */
    public String moveLabel(String to) {
        return switch (to) {
            case "OPEN" -> isOpen() ? "Back to open" : "Reopen";
            case "IN_PROGRESS" -> "Start";
            case "DONE" -> "Mark done";
            case "WAIVED" -> "Waive";
            default -> to;
        };
    }
}
