package io.vigil.console.cases;

import java.time.Instant;

/** A case's SLA as the header reads it: the state, and each clock as "due in", "overdue by", "met" or paused. */
public record SlaView(String state, String stateClass, String firstAction, String resolution, boolean paused) {

    static SlaView of(Sla sla, boolean open, Instant now) {
        if (sla == null) {
            return new SlaView("", "unknown", "", "", false);
        }
        String firstAction = sla.firstActionAt() != null ? "taken " + Display.time(sla.firstActionAt())
                : clock(sla.firstActionDue(), sla.paused(), open, now);
        return new SlaView(sla.stateLabel(), sla.stateClass(), firstAction,
                clock(sla.resolutionDue(), sla.paused(), open, now), sla.paused());
    }

    private static String clock(Instant due, boolean paused, boolean open, Instant now) {
        if (due == null) {
            return "";
        }
        if (!open || paused) {
            return "due " + Display.time(due) + (paused ? " (paused while waiting)" : "");
        }
        return Display.due(due, now) + " (" + Display.time(due) + ")";
    }
}
