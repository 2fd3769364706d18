package io.vigil.cases.rest;

import io.vigil.cases.queue.ClaimService;
import io.vigil.cases.queue.QueueKind;
import io.vigil.cases.queue.QueueService;
import io.vigil.cases.queue.WaitingCounts;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Queues of the caller's regions: everyone with case access lists them and claims from them; leads define them. */
@Path("/api/queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class QueueResource {

    private final QueueService queues;
    private final ClaimService claims;
    private final WaitingCounts waiting;
    private final Caller caller;

    public QueueResource(QueueService queues, ClaimService claims, WaitingCounts waiting, Caller caller) {
        this.queues = queues;
        this.claims = claims;
        this.waiting = waiting;
        this.caller = caller;
    }

    /** How many unassigned open cases wait in a queue: what claim-next hands out. */
    public record WaitingBody(UUID queueId, String name, String region, QueueKind kind, long waiting) {

        static WaitingBody from(WaitingCounts.Waiting w) {
            return new WaitingBody(w.queue().id(), w.queue().name(), w.queue().region(), w.queue().kind(), w.count());
        }
    }

    /** The waiting counts of every queue of the caller's regions. */
    public record WaitingList(List<WaitingBody> items) {
    }

    /** The queues of the caller's regions, by name. */
    public record QueueList(List<QueueBody> items) {
    }

    @GET
    public QueueList list() {
        return new QueueList(queues.list(caller).stream().map(QueueBody::from).toList());
    }

    @GET
    @Path("/waiting")
    public WaitingList waiting() {
        return new WaitingList(waiting.ofAll(caller).stream().map(WaitingBody::from).toList());
    }

    @GET
    @Path("/{id}/waiting")
    public WaitingBody waiting(@PathParam("id") UUID id) {
        return WaitingBody.from(waiting.of(id, caller));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(QueueBody.from(queues.get(id, caller)));
    }

    @POST
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response create(@NotNull @Valid QueueRequest request, @Context UriInfo uri) {
        QueueBody created = QueueBody.from(queues.create(request.toSpec(), caller));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(tag(created)).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @NotNull @Valid QueueRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(QueueBody.from(queues.update(id, request.toSpec(), IfMatch.of(ifMatch), caller)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        queues.delete(id, IfMatch.of(ifMatch), caller);
        return Response.noContent().build();
    }

    /** 200 with the case now assigned to the caller, or 204 when the queue has nothing left to claim. */
    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.WILDCARD)
    public Response claim(@PathParam("id") UUID id) {
        return claims.claim(id, caller).map(CaseBody::from)
                .map(body -> Response.ok(body).tag(CaseResource.etag(body)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    private static Response ok(QueueBody body) {
        return Response.ok(body).tag(tag(body)).build();
    }

    private static EntityTag tag(QueueBody body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
