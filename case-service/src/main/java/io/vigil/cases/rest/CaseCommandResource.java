package io.vigil.cases.rest;

import io.vigil.cases.CaseStatus;
import io.vigil.cases.CaseWorkflow;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Commands on one case: status transitions, (re)assignment and labels; If-Match guards the first two. */
@Path("/api/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseCommandResource {

    private final CaseWorkflow workflow;
    private final Caller caller;

    public CaseCommandResource(CaseWorkflow workflow, Caller caller) {
        this.workflow = workflow;
        this.caller = caller;
    }

    /** The body of a transition: the target status and why. */
    public record TransitionRequest(@NotNull CaseStatus to, @Size(max = 2000) String reason) {
    }

    /** The body of an assignment; a null assignee unassigns. */
    public record AssignmentRequest(@Size(min = 1, max = 128) String assignee) {
    }

    /** A label to add. */
    public record LabelRequest(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9:._-]{0,63}",
            message = "must be a lowercase label such as repeat-offender") String label) {
    }

    @POST
    @Path("/transitions")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(CaseBody.from(workflow.transition(id, request.to(), request.reason(), IfMatch.of(ifMatch), caller)));
    }

    /** Anyone may take a case for themselves or hand back their own; assigning others is for leads and admins. */
    @POST
    @Path("/assignment")
    public Response assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(CaseBody.from(workflow.assign(id, request.assignee(), IfMatch.of(ifMatch), caller)));
    }

    @POST
    @Path("/labels")
    public Response label(@PathParam("id") UUID id, @NotNull @Valid LabelRequest request) {
        return ok(CaseBody.from(workflow.label(id, request.label(), true, caller)));
    }

    @DELETE
    @Path("/labels/{label}")
    public Response unlabel(@PathParam("id") UUID id, @PathParam("label") String label) {
        return ok(CaseBody.from(workflow.label(id, label, false, caller)));
    }

    private static Response ok(CaseBody body) {
        return Response.ok(body).tag(CaseResource.etag(body)).build();
    }
}
