package io.vigil.sop.session;

/** A session is OPEN while a question waits for an answer and DONE once it reached an outcome. */
public enum SessionStatus {
    OPEN, DONE
}
