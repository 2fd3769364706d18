package io.vigil.cases.guidance;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Words for why sop-service could not help, for logs, problems and the guidance representation. */
final class SopOutage {

    private SopOutage() {
    }

    static String describe(Throwable cause) {
        if (cause instanceof CircuitBreakerOpenException) {
            return "sop-service failed repeatedly; calls are paused for a while (circuit open)";
        }
        if (cause instanceof TimeoutException) {
            return "sop-service did not answer in time";
        }
        if (cause instanceof SopServiceFailure || cause instanceof SopRefusal) {
            return cause.getMessage();
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "sop-service could not be reached (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
}
