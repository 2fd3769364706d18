package io.vigil.cases.incident;

/** How bad an incident is, SEV1 the worst; the worst ones need an RCA report before they close. */
public enum IncidentSeverity {
    SEV1, SEV2, SEV3, SEV4
}
