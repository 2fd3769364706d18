package io.vigil.console.outbound;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a service's error answer into a {@link ServiceRefusedException} carrying its problem document, so pages
 * can show the service's own explanation (a four-eyes refusal, a publish gate) instead of a bare status.
 */
public class ProblemResponses implements ResponseExceptionMapper<ServiceRefusedException> {

    @Override
    public ServiceRefusedException toThrowable(Response response) {
        return new ServiceRefusedException(ServiceProblem.read(response.getStatus(), body(response)));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
