package io.vigil.cases.enforcement;

/** What one entry of an action's history records. */
public enum EnforcementEventKind {
    REQUESTED, APPROVED, REJECTED, REVERSED, EXPIRED, APPEALED, APPEAL_UPHELD, APPEAL_OVERTURNED, STRIKE_DISMISSED
}
