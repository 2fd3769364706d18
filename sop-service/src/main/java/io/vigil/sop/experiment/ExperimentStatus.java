package io.vigil.sop.experiment;

/** An experiment splits traffic while ACTIVE; once STOPPED every ticket gets the version in effect. */
public enum ExperimentStatus {
    ACTIVE, STOPPED
}
