package io.vigil.cases.guidance;

/** sop-service failed on its side (5xx) or refused this service's own credentials: an outage for guidance. */
public class SopServiceFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SopServiceFailure(String message) {
        super(message);
    }
}
