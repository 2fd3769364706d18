package io.vigil.cases.enforcement;

/** A strike counts while ACTIVE and unexpired; a dismissed one never counts again. */
public enum StrikeStatus {
    ACTIVE, DISMISSED
}
