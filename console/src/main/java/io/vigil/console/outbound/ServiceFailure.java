package io.vigil.console.outbound;

/** A call to a Vigil service that did not succeed; pages turn its {@link ServiceProblem} into a message. */
public class ServiceFailure extends RuntimeException {

    private final transient ServiceProblem problem;

    public ServiceFailure(ServiceProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public ServiceProblem problem() {
        return problem;
    }
}
