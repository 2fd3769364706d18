package io.vigil.console.outbound;

/** A call to a Vigil service that did not succeed; pages turn its {@link CallProblem} into a message. */
public class CallFailure extends RuntimeException {

    private final transient CallProblem problem;

    public CallFailure(CallProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public CallProblem problem() {
        return problem;
    }
}
