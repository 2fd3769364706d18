package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.cases.idempotency.IdempotencyService;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.cases.incident.IncidentLifecycle;
import io.vigil.cases.incident.IncidentService;
import io.vigil.cases.notification.NotificationSubject;
import io.vigil.cases.notification.Notifications;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;

/** Incidents of the caller's regions: everyone with access reads them; leads declare and revise them. */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.AUDITOR, Roles.ADMIN})
public class IncidentResource {

    private final IncidentLifecycle lifecycle;
    private final IncidentService incidents;
    private final Notifications notifications;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Caller caller;

    public IncidentResource(IncidentLifecycle lifecycle, IncidentService incidents, Notifications notifications,
            IdempotencyService idempotency, ObjectMapper json, Caller caller) {
        this.lifecycle = lifecycle;
        this.incidents = incidents;
        this.notifications = notifications;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    /** 201 with the declared incident; a retry with the same Idempotency-Key answers the first result. */
    @POST
    @RolesAllowed(Roles.LEAD)
    public Response declare(@NotNull @Valid IncidentRequests.Declare request,
            @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) throws JsonProcessingException {
        StoredResponse answer = idempotency.once("incident.declare", Optional.ofNullable(key),
                Hashes.of(json, request), caller, () -> {
                    IncidentBody body = IncidentBody.from(lifecycle.declare(request.details(),
                            Optional.ofNullable(request.commander()), caller));
                    return new StoredResponse(201, Hashes.write(json, body),
                            uri.getAbsolutePathBuilder().path(body.id().toString()).build().toString(), null);
                });
        return CaseResource.replay(answer);
    }

    @GET
    public Page<IncidentBody> list(@BeanParam IncidentQuery query, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return incidents.list(query.toFilter(), PageRequest.of(limit, cursor), caller).map(IncidentBody::from);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(IncidentBody.from(incidents.get(id, caller)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.LEAD)
    public Response revise(@PathParam("id") UUID id, @NotNull @Valid IncidentRequests.Revise request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(IncidentBody.from(lifecycle.revise(id, request.details(), IfMatch.of(ifMatch), caller)));
    }

    @GET
    @Path("/{id}/timeline")
    public Page<TimelineBody> timeline(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return incidents.timeline(id, PageRequest.of(limit, cursor), caller)
                .map(e -> new TimelineBody(e.id(), e.kind(), e.actor(), e.at(), e.summary()));
    }

    /** The pages sent about this incident and how their delivery went, oldest first. */
    @GET
    @Path("/{id}/notifications")
    public Page<NotificationBody> notifications(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return notifications.of(NotificationSubject.INCIDENT, incidents.get(id, caller).id(), page)
                .map(NotificationBody::from);
    }

    static Response ok(IncidentBody body) {
        return Response.ok(body).tag(new EntityTag(Long.toString(body.version()))).build();
    }
}
