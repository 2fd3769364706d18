package io.vigil.console.outbound;

/** Carries a {@link ServiceFailure} out of a call whose result the page cannot do without. */
public class ServiceFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ServiceFailure failure;

    public ServiceFailedException(ServiceFailure failure) {
        super(failure.message(), null, false, false);
        this.failure = failure;
    }

    public ServiceFailure failure() {
        return failure;
    }
}
