package io.vigil.cases.guidance;

/** How far a walk through an SOP's decision tree has come. */
public enum WalkStatus {
    /** Questions or facts are still needed. */
    WALKING,
    /** The tree reached an outcome; the investigator's final outcome is still to be recorded. */
    OUTCOME_REACHED,
    /** The investigator's final outcome is recorded and a decision record was queued for sop-service. */
    DECIDED
}
