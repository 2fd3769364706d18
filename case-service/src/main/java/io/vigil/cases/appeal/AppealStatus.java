package io.vigil.cases.appeal;

/** An appeal waits for a decision, then carries its outcome. */
public enum AppealStatus {
    OPEN, DECIDED
}
