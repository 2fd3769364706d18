package io.vigil.console.outbound;

/** A service answered with an error status; the problem it sent says why. */
public class ServiceRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ServiceProblem problem;

    public ServiceRefusedException(ServiceProblem problem) {
        super("HTTP " + problem.status() + (problem.slug().isEmpty() ? "" : " " + problem.slug()));
        this.problem = problem;
    }

    public ServiceProblem problem() {
        return problem;
    }
}
