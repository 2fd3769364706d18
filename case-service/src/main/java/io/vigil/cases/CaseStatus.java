package io.vigil.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands in its life (DESIGN.md section 4); {@link CaseStateMachine} checks every move. */
public enum CaseStatus {
    NEW, TRIAGED, IN_PROGRESS, WAITING, ESCALATED, RESOLVED, CLOSED, REOPENED;

    public static final Set<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.of(RESOLVED, CLOSED));

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
