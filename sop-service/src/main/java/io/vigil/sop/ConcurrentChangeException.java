package io.vigil.sop;

import io.vigil.kit.problem.ProblemException;

/** Someone else changed the version between this request's read and its write. */
public class ConcurrentChangeException extends ProblemException {

    public ConcurrentChangeException(int number) {
        super(412, "stale-version", "Precondition failed",
                "Version " + number + " was changed by someone else meanwhile; reload it and retry");
    }
}
