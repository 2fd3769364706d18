package io.vigil.cases.sla;

/** How a case stands against its SLA; BREACHED is final, because a late answer is still a late answer. */
public enum SlaState {
    ON_TRACK, AT_RISK, BREACHED, MET
}
