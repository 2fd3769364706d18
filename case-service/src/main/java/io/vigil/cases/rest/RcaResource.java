package io.vigil.cases.rest;

import io.vigil.cases.incident.CorrectiveAction;
import io.vigil.cases.incident.CorrectiveActionStatus;
import io.vigil.cases.incident.CorrectiveActions;
import io.vigil.cases.incident.RcaContent;
import io.vigil.cases.incident.RcaService;
import io.vigil.cases.incident.RcaVersion;
import io.vigil.cases.incident.Waiver;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An incident's RCA report, version by version (the ETag is the version number), and its corrective actions
 * (each with its own version as ETag).
 */
@Path("/api/incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.AUDITOR, Roles.ADMIN})
public class RcaResource {

    private final RcaService rcas;
    private final CorrectiveActions actions;
    private final Caller caller;

    public RcaResource(RcaService rcas, CorrectiveActions actions, Caller caller) {
        this.rcas = rcas;
        this.actions = actions;
        this.caller = caller;
    }

    /** One RCA version as the API shows it. */
    public record RcaBody(UUID incidentId, int version, String author, Instant createdAt, String summary,
            String impact, List<RcaContent.Moment> timeline, String rootCause, List<String> contributingFactors,
            List<RcaContent.ActionSnapshot> correctiveActions) {

        static RcaBody from(RcaVersion v) {
            RcaContent c = v.content();
            return new RcaBody(v.incidentId(), v.number(), v.author(), v.createdAt(), c.summary(), c.impact(),
                    c.timeline(), c.rootCause(), c.contributingFactors(), c.correctiveActions());
        }
    }

    /** A corrective action as it stands now, with its waiver when it has one. */
    public record ActionBody(UUID id, String title, String owner, LocalDate dueDate, CorrectiveActionStatus status,
            Waiver waiver, String doneBy, Instant doneAt, Instant createdAt, Instant updatedAt, long version) {

        static ActionBody from(CorrectiveAction a) {
            return new ActionBody(a.id(), a.title(), a.owner(), a.dueDate(), a.status(), a.waiver().orElse(null),
                    a.doneBy(), a.doneAt(), a.createdAt(), a.updatedAt(), a.version());
        }
    }

    /** The incident's corrective actions, oldest first. */
    public record ActionList(List<ActionBody> items) {
    }

    /** Saves the next version; {@code If-Match} names the version edited ({@code "0"} before the first). */
    @POST
    @Path("/rca")
    @RolesAllowed(Roles.LEAD)
    public Response save(@PathParam("id") UUID id, @NotNull @Valid RcaRequests.Save request,
            @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        RcaBody saved = RcaBody.from(rcas.save(id, request.draft(), IfMatch.of(ifMatch), caller));
        return Response.created(uri.getAbsolutePathBuilder().path("versions").path(Integer.toString(saved.version()))
                .build()).tag(tag(saved)).entity(saved).build();
    }

    @GET
    @Path("/rca")
    public Response latest(@PathParam("id") UUID id) {
        RcaBody latest = RcaBody.from(rcas.latest(id, caller));
        return Response.ok(latest).tag(tag(latest)).build();
    }

    @GET
    @Path("/rca/versions")
    public Page<RcaBody> versions(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return rcas.versions(id, PageRequest.of(limit, cursor), caller).map(RcaBody::from);
    }

    @GET
    @Path("/rca/versions/{number}")
    public Response version(@PathParam("id") UUID id, @PathParam("number") int number) {
        RcaBody found = RcaBody.from(rcas.version(id, number, caller));
        return Response.ok(found).tag(tag(found)).build();
    }

    @GET
    @Path("/corrective-actions")
    public ActionList actions(@PathParam("id") UUID id) {
        return new ActionList(actions.of(id, caller).stream().map(ActionBody::from).toList());
    }

    /** Leads move any action and record waivers; an action's owner moves their own (not to WAIVED). */
    @POST
    @Path("/corrective-actions/{actionId}/status")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response changeStatus(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @NotNull @Valid RcaRequests.Status request, @HeaderParam("If-Match") String ifMatch) {
        ActionBody changed = ActionBody.from(actions.changeStatus(id, actionId, request.status(), request.reason(),
                IfMatch.of(ifMatch), caller));
        return Response.ok(changed).tag(new EntityTag(Long.toString(changed.version()))).build();
    }

    private static EntityTag tag(RcaBody body) {
        return new EntityTag(Integer.toString(body.version()));
    }
}
