package io.vigil.console.cases;

import java.util.List;
import java.util.Map;

/**
 * A status change the case page offers as a button. The table mirrors case-service's state machine (its README,
 * "Status machine"), so only moves it allows are offered; if the two ever disagree, case-service's 409 names
 * the allowed moves and the page shows them.
 */
public record StatusAction(String to, String label, boolean caution) {

    private static final Map<String, List<String>> NEXT = Map.of(
            "NEW", List.of("TRIAGED", "ESCALATED"),
            "TRIAGED", List.of("IN_PROGRESS", "ESCALATED"),
            "IN_PROGRESS", List.of("WAITING", "RESOLVED", "ESCALATED"),
            "WAITING", List.of("IN_PROGRESS", "RESOLVED", "ESCALATED"),
            "ESCALATED", List.of("TRIAGED", "IN_PROGRESS", "RESOLVED"),
            "RESOLVED", List.of("CLOSED", "REOPENED"),
            "CLOSED", List.of("REOPENED"),
            "REOPENED", List.of("TRIAGED", "IN_PROGRESS", "ESCALATED"));

    public static List<StatusAction> from(String status) {
        return NEXT.getOrDefault(status, List.of()).stream().map(to -> of(status, to)).toList();
    }

    static boolean allowed(String from, String to) {
        return NEXT.getOrDefault(from, List.of()).contains(to);
    }

    private static StatusAction of(String from, String to) {
        return switch (to) {
            case "TRIAGED" -> new StatusAction(to, "Mark triaged", false);
            case "IN_PROGRESS" -> new StatusAction(to, "WAITING".equals(from) ? "Resume work" : "Start work", false);
            case "WAITING" -> new StatusAction(to, "Wait for information", false);
            case "RESOLVED" -> new StatusAction(to, "Resolve", false);
            case "CLOSED" -> new StatusAction(to, "Close", false);
            case "REOPENED" -> new StatusAction(to, "Reopen", true);
            case "ESCALATED" -> new StatusAction(to, "Escalate", true);
            default -> new StatusAction(to, Display.words(to), false);
        };
    }
}
