package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** A case's SLA clock as case-service reports it: state, due times, and whether WAITING has paused it. */
@RegisterForReflection
public record Sla(String state, Instant firstActionDue, Instant firstActionAt, Instant resolutionDue,
        boolean paused) {

    public String stateLabel() {
        return state == null ? "" : state.replace('_', ' ');
    }

    public String stateClass() {
        return Display.token(state);
    }

    public boolean firstActionPending() {
        return firstActionAt == null && firstActionDue != null;
    }
}
