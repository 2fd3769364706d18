package io.vigil.sop;

import io.vigil.kit.problem.ActionForbiddenException;

/** Four-eyes: the person who wrote a version may not review or publish it. */
public class FourEyesException extends ActionForbiddenException {

    public FourEyesException(int number, String author, String act) {
        super("four-eyes", "Version " + number + " was written by " + author + ", who may not " + act
                + " it; another approver must");
    }
}
