package io.vigil.console.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vigil.console.outbound.CallFailure;
import io.vigil.console.outbound.CallProblem;
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
    public Response failed(CallFailure failure, ContainerRequestContext request) {
        CallProblem problem = failure.problem();
        String path = request.getUriInfo().getPath();
        if (request.getHeaderString("HX-Request") != null) {
            return Response.ok(Templates.fragment(problem.message()).render(), MediaType.TEXT_HTML_TYPE).build();
        }
        boolean aboutACase = path.startsWith("/cases/") || path.startsWith("cases/");
        String heading;
        String message;
        if (problem.isNotFound() && aboutACase) {
            heading = "Case not found";
            message = "There is no such case in your regions. The address may be mistyped, or the case belongs "
                    + "to a region you do not work in.";
        } else if (problem.isNotFound()) {
            heading = "Not found";
            message = problem.message();
        } else if (problem.isForbidden()) {
            heading = "Not allowed";
            message = "Your roles don't allow this. " + problem.message();
        } else if (problem.isUnavailable()) {
            heading = problem.service() + " is unavailable";
            message = problem.message();
        } else {
            heading = problem.title();
            message = problem.message();
        }
        int status = problem.status() == 0 || problem.status() == 401 ? 503 : problem.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(Viewer.of(caller), heading, message, problem.needsReload()).render())
                .build();
    }
}
