package io.vigil.cases;

/** Work order of cases, P0 first; derived from severity, reach and source by {@link PriorityPolicy}. */
public enum Priority {
    P0, P1, P2, P3, P4;

    Priority raised() {
        return this == P0 ? P0 : values()[ordinal() - 1];
    }

    /** The more urgent of the two: a new report may raise a case's priority, never lower it. */
    Priority mostUrgent(Priority other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
