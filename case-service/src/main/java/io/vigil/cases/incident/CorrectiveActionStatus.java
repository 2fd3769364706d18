package io.vigil.cases.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a corrective action stands. OPEN and IN_PROGRESS keep an incident from closing; DONE and WAIVED do not,
 * and either can be reopened when the fix turns out not to hold or the waiver is withdrawn.
 */
public enum CorrectiveActionStatus {
    OPEN, IN_PROGRESS, DONE, WAIVED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The statuses this one may move to: any other, except that a settled action first reopens. */
    public Set<CorrectiveActionStatus> next() {
        return isOpen() ? EnumSet.complementOf(EnumSet.of(this)) : EnumSet.of(OPEN);
    }
}
