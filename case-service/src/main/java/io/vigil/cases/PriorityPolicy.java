package io.vigil.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * Derives a case's priority: severity sets the base, some sources (by default a regulator's) are raised one level,
 * and reach raises it one more once enough independent reports have arrived.
 */
@ApplicationScoped
public class PriorityPolicy {

    private final Map<Severity, Priority> base = new EnumMap<>(Severity.class);
    private final PriorityConfig config;

    public PriorityPolicy(PriorityConfig config) {
        this.config = config;
        for (Severity severity : Severity.values()) {
            Priority configured = config.base().get(severity.toString());
            if (configured == null) {
                throw new IllegalStateException("vigil.cases.priority.base." + severity + " is not configured");
            }
            base.put(severity, configured);
        }
    }

    public Priority priorityOf(Severity severity, CaseSource source) {
        Priority derived = base.get(severity);
        return config.raisedSources().contains(source.toString()) ? derived.raised() : derived;
    }

    /** The priority after one more report: never lower than before, raised once reach passes the threshold. */
    public Priority afterReport(Priority current, Severity severity, CaseSource source, int reportCount) {
        Priority merged = current.mostUrgent(priorityOf(severity, source));
        return reportCount == config.raiseAtReports() ? merged.raised() : merged;
    }
}
