package io.vigil.cases.enforcement;

/**
 * Where an action stands: waiting for a second person, in force, refused, undone, or run out. Only
 * {@link EnforcementStateMachine} says which may follow which.
 */
public enum EnforcementStatus {
    PENDING_APPROVAL, ACTIVE, REJECTED, REVERSED, EXPIRED
}
