package io.vigil.cases.incident;

import io.vigil.kit.problem.ConflictException;

/** A closed incident is a settled record: its details, cases, updates, RCA and actions no longer change. */
public class IncidentClosedException extends ConflictException {

    public IncidentClosedException(String ref) {
        super("incident-closed", "Incident " + ref + " is closed and can no longer change");
    }
}
