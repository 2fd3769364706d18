package io.vigil.cases;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Derives a case's priority: severity sets the base and a regulator's request is raised one level,
 * because regulators' deadlines are legal ones.
 */
@ApplicationScoped
public class PriorityPolicy {

    public Priority priorityOf(Severity severity, CaseSource source) {
        Priority base = switch (severity) {
            case CRITICAL -> Priority.P0;
            case HIGH -> Priority.P1;
            case MEDIUM -> Priority.P2;
            case LOW -> Priority.P3;
        };
        return source == CaseSource.REGULATOR ? base.raised() : base;
    }
}
