package io.vigil.cases;

/** Work order of cases, P0 first; derived from severity and source by {@link PriorityPolicy}. */
public enum Priority {
    P0, P1, P2, P3, P4;

    Priority raised() {
        return this == P0 ? P0 : values()[ordinal() - 1];
    }
}
