package io.vigil.console.outbound;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Makes one call to a service and turns its answers, and its silences, into an {@link Answer}. Failures are
 * logged as warnings; the log line carries the page's request id, which the call forwarded.
 */
public final class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    private ServiceCalls() {
    }

    /** @param service the service's name as users and operators know it, such as {@code sop-service} */
    public static <T> Answer<T> call(String service, Supplier<T> call) {
        try {
            return Answer.of(call.get());
        } catch (ServiceRefusedException e) {
            return failed(service, e.problem());
        } catch (WebApplicationException e) {
            return failed(service, ServiceProblem.read(e.getResponse().getStatus(), null));
        } catch (ProcessingException e) {
            // Connection refused, reset, a read timeout or an unreadable body: the service is down or not itself.
            LOG.warnf("%s did not answer: %s", service, e.getMessage());
            return Answer.failed(ServiceFailure.unavailable(service, "it did not answer"));
        }
    }

    private static <T> Answer<T> failed(String service, ServiceProblem problem) {
        ServiceFailure failure = ServiceFailure.answered(service, problem);
        if (failure.isUnavailable() || failure.kind() == ServiceFailure.Kind.SESSION) {
            LOG.warnf("%s answered with HTTP %d", service, problem.status());
        }
        return Answer.failed(failure);
    }
}
