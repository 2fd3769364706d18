package io.vigil.cases.incident;

import java.util.List;
import java.util.Set;

/**
 * The rule for closing an incident: the worst severities need an RCA report, and no corrective action may still
 * be open, since a waived action carries a recorded decision (who, why, when) and a done one is done.
 */
public final class IncidentClosure {

    private final Set<IncidentSeverity> rcaRequired;

    public IncidentClosure(Set<IncidentSeverity> rcaRequired) {
        this.rcaRequired = Set.copyOf(rcaRequired);
    }

    /** Throws {@link IncidentNotClosableException} naming what stands in the way; returns when closing may go on. */
    public void check(IncidentSeverity severity, boolean hasRca, List<CorrectiveAction> actions) {
        if (!hasRca && rcaRequired.contains(severity)) {
            throw IncidentNotClosableException.rcaRequired(severity);
        }
        List<CorrectiveAction> open = actions.stream().filter(CorrectiveAction::isOpen).toList();
        if (!open.isEmpty()) {
            throw IncidentNotClosableException.openActions(open);
        }
    }
}
