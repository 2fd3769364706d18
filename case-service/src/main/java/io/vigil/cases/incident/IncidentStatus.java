package io.vigil.cases.incident;

/** Where an incident stands (DESIGN.md section 4); {@link IncidentStateMachine} checks every move. */
public enum IncidentStatus {
    OPEN, MITIGATED, RESOLVED, CLOSED
}
