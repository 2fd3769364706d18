package io.vigil.console.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vigil.console.outbound.ServiceFailedException;
import io.vigil.console.outbound.ServiceFailure;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A page whose main data a service could not deliver still renders as a page (header, navigation, a message in
 * words), with the service's status: never service-kit's JSON problem, never a stack trace. htmx requests get
 * just the message, with 200 so htmx swaps it into the part of the page that asked.
 */
public class ServiceFailurePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Viewer viewer, String heading, String message, boolean reload);

        static native TemplateInstance fragment(String message);
    }

    private final Caller caller;

    public ServiceFailurePage(Caller caller) {
        this.caller = caller;
    }

    @ServerExceptionMapper
    public Response failed(ServiceFailedException failed, ContainerRequestContext request) {
        ServiceFailure failure = failed.failure();
        if (request.getHeaderString("HX-Request") != null) {
            return Response.ok(Templates.fragment(failure.message()).render(), MediaType.TEXT_HTML_TYPE).build();
        }
        String path = request.getUriInfo().getPath();
        boolean aboutACase = path.startsWith("/cases/") || path.startsWith("cases/");
        String heading;
        String message = failure.message();
        if (failure.isNotFound() && aboutACase) {
            heading = "Case not found";
            message = "There is no such case in your regions. The address may be mistyped, or the case belongs "
                    + "to a region you do not work in.";
        } else if (failure.isNotFound()) {
            heading = "Not found";
        } else if (failure.isNotPermitted()) {
            heading = "Not allowed";
        } else if (failure.isUnavailable() || failure.kind() == ServiceFailure.Kind.SESSION) {
            heading = failure.service() + " is unavailable";
        } else {
            heading = "Not possible";
        }
        boolean unanswered = failure.isUnavailable() || failure.kind() == ServiceFailure.Kind.SESSION;
        int status = unanswered ? 503 : failure.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.problem(Viewer.of(caller),
                heading, message, status == 409 || status == 412).render()).build();
    }
}
