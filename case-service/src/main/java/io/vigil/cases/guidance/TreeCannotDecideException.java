package io.vigil.cases.guidance;

import io.vigil.kit.problem.ProblemException;

/** The tree cannot decide for this case (a condition failed, or it reads a case fact cases do not have). */
public class TreeCannotDecideException extends ProblemException {

    public TreeCannotDecideException(String detail) {
        super(422, "guidance-tree-cannot-decide", "The SOP's tree cannot decide", detail);
    }
}
