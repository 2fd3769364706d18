package io.vigil.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vigil.kit.request.RequestIds;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Messages speak of fields and values, never of Java
 * types, and unexpected failures are logged with the request id the client receives.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, ContainerRequestContext request) {
        List<FieldError> errors = e instanceof InvalidRequestException invalid ? invalid.errors() : null;
        return respond(new Problem(e.slug(), e.title(), e.status(), e.getMessage(), path(request), errors,
                e.extensions()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext request) {
        List<FieldError> errors = ViolationFields.of(e);
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return respond(new Problem("validation", "Invalid request", 400, detail, path(request), errors, null));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, ContainerRequestContext request) {
        return malformed("The body is not valid JSON: " + e.getOriginalMessage(), null, request);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, ContainerRequestContext request) {
        String field = JsonFields.path(e);
        String message = JsonFields.message(e);
        return malformed(field.isEmpty() ? message : field + ": " + message,
                field.isEmpty() ? null : List.of(new FieldError(field, message)), request);
    }

    @ServerExceptionMapper
    public Response invalidJsonValue(InvalidFormatException e, ContainerRequestContext request) {
        return mismatchedJson(e, request);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, ContainerRequestContext request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, ContainerRequestContext request) {
        return challenge(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        return challenge(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return respond(new Problem("forbidden", "Forbidden", 403,
                "Your roles do not allow this operation", path(request), null, null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return respond(new Problem(slug, title, status, HttpDetails.of(status, request), path(request), null,
                null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        LOG.errorf(e, "Unexpected failure handling %s %s (request id %s)", request.getMethod(), path(request),
                requestId);
        return respond(new Problem("internal", "Internal error", 500,
                "The request failed unexpectedly; quote request id " + requestId + " when reporting it",
                path(request), null, Map.of("requestId", requestId)));
    }

    /** The body reader sometimes wraps Jackson's failure in a plain 400; unwrap it for a precise answer. */
    private Response json(JsonProcessingException e, ContainerRequestContext request) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatchedJson(mismatch, request);
        }
        if (e instanceof JsonParseException parse) {
            return unreadableJson(parse, request);
        }
        return malformed("The body is not valid JSON: " + e.getOriginalMessage(), null, request);
    }

    private Response malformed(String detail, List<FieldError> errors, ContainerRequestContext request) {
        return respond(new Problem("malformed-body", "Malformed request body", 400, detail, path(request), errors,
                null));
    }

    private Response challenge(ContainerRequestContext request) {
        return Response.fromResponse(respond(new Problem("unauthenticated", "Unauthenticated", 401,
                "A valid bearer token is required", path(request), null, null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }
}
