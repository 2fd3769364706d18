package io.vigil.sop.experiment;

/** Which side of an experiment a ticket is on: the version in effect, or the candidate. */
public enum Arm {
    CONTROL, CANDIDATE
}
