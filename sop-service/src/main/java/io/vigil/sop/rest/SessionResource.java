package io.vigil.sop.rest;

import io.vigil.kit.idempotency.IdempotencyKeys;
import io.vigil.kit.security.Roles;
import io.vigil.sop.session.SessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** Step-by-step walks for the ticketbot (and agents trying an SOP out). */
@Path("/api/sops/{key}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_READER, Roles.INVESTIGATOR, Roles.LEAD, Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.ADMIN})
public class SessionResource {

    private final SessionService sessions;
    private final IdempotentResponses idempotent;

    public SessionResource(SessionService sessions, IdempotentResponses idempotent) {
        this.sessions = sessions;
        this.idempotent = idempotent;
    }

    @POST
    public Response open(@PathParam("key") String key, @NotNull @Valid SessionRequests.Open request,
            @Context UriInfo uri, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotent.create(uri, idempotencyKey, request, () -> {
            SessionBody body = SessionBody.from(key, sessions.open(key, request.toStart()));
            return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body)
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    public SessionBody get(@PathParam("key") String key, @PathParam("id") UUID id) {
        return SessionBody.from(key, sessions.get(key, id));
    }

    @POST
    @Path("/{id}/answers")
    public SessionBody answer(@PathParam("key") String key, @PathParam("id") UUID id,
            @NotNull @Valid SessionRequests.Answer request) {
        return SessionBody.from(key, sessions.answer(key, id, request.value()));
    }
}
