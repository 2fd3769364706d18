package io.vigil.console.outbound;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one REST-client call and turns every way it can fail into a {@link CallFailure}, so no client
 * exception ever reaches service-kit's JSON problem mappers and a page always has words to show.
 */
public final class ServiceCall {

    private static final Logger LOG = Logger.getLogger(ServiceCall.class);

    private ServiceCall() {
    }

    public static <T> T of(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw new CallFailure(problem(service, e.getResponse()));
        } catch (ProcessingException e) {
            // Connection refused, reset, a timeout or an unreadable body: the service is down or not itself.
            LOG.warnf("%s did not answer: %s", service, e.getMessage());
            throw new CallFailure(CallProblem.unavailable(service));
        }
    }

    public static void run(String service, Runnable call) {
        of(service, () -> {
            call.run();
            return null;
        });
    }

    private static CallProblem problem(String service, Response response) {
        int status = response.getStatus();
        String body = null;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (RuntimeException unreadable) {
            // The status alone still makes a message.
        }
        if (status >= 500 || status == 401) {
            LOG.warnf("%s answered with HTTP %d", service, status);
        }
        return CallProblem.answered(service, status, body);
    }
}
