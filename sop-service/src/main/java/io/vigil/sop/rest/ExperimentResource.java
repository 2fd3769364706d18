package io.vigil.sop.rest;

import io.vigil.kit.idempotency.IdempotencyKeys;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.sop.experiment.ExperimentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** A/B experiments between the version in effect and an approved candidate; approvers run them. */
@Path("/api/sops/{key}/experiments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_APPROVER, Roles.ADMIN})
public class ExperimentResource {

    private final ExperimentService experiments;
    private final Caller caller;
    private final IdempotentResponses idempotent;

    public ExperimentResource(ExperimentService experiments, Caller caller, IdempotentResponses idempotent) {
        this.experiments = experiments;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    public Response start(@PathParam("key") String key, @NotNull @Valid Start request, @Context UriInfo uri,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotent.create(uri, idempotencyKey, request, () -> {
            ExperimentBody body = ExperimentBody.from(key, experiments.start(key, request.name().trim(),
                    request.candidate(), request.candidateShare(), caller));
            return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body)
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SOP_APPROVER, Roles.SOP_AUTHOR, Roles.ADMIN, Roles.LEAD, Roles.AUDITOR, Roles.SOP_READER})
    public ExperimentBody get(@PathParam("key") String key, @PathParam("id") UUID id) {
        return ExperimentBody.from(key, experiments.get(key, id));
    }

    @POST
    @Path("/{id}/stop")
    @Consumes(MediaType.WILDCARD)
    public ExperimentBody stop(@PathParam("key") String key, @PathParam("id") UUID id) {
        return ExperimentBody.from(key, experiments.stop(key, id));
    }

    /** Which arm and version a ticket gets; the same ticket always gets the same answer while it runs. */
    @GET
    @Path("/{id}/assignments/{ticketId}")
    @RolesAllowed({Roles.SOP_APPROVER, Roles.SOP_AUTHOR, Roles.ADMIN, Roles.LEAD, Roles.SOP_READER})
    public ExperimentService.Assignment assign(@PathParam("key") String key, @PathParam("id") UUID id,
            @PathParam("ticketId") String ticketId) {
        return experiments.assign(key, id, ticketId);
    }

    /** The body of POST /api/sops/{key}/experiments. */
    public record Start(@NotBlank @Size(max = 200) String name, @NotNull @Positive Integer candidate,
            @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax(value = "1.0", inclusive = false)
            Double candidateShare) {
    }
}
