package io.vigil.cases.rest;

import io.vigil.cases.CaseStatus;
import io.vigil.cases.Priority;
import io.vigil.cases.incident.IncidentCases;
import io.vigil.cases.incident.IncidentEvent;
import io.vigil.cases.incident.IncidentLifecycle;
import io.vigil.cases.incident.IncidentUpdates;
import io.vigil.cases.incident.LinkedCase;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/** Commands on one incident: status, command, updates and the cases it groups. */
@Path("/api/incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEAD)
public class IncidentCommandResource {

    private final IncidentLifecycle lifecycle;
    private final IncidentUpdates updates;
    private final IncidentCases cases;
    private final Caller caller;

    public IncidentCommandResource(IncidentLifecycle lifecycle, IncidentUpdates updates, IncidentCases cases,
            Caller caller) {
        this.lifecycle = lifecycle;
        this.updates = updates;
        this.cases = cases;
        this.caller = caller;
    }

    /** A case under the incident as the API shows it. */
    public record LinkedCaseBody(UUID caseId, String ref, String title, String region, CaseStatus status,
            Priority priority, String assignee, String linkedBy, Instant linkedAt) {

        static LinkedCaseBody from(LinkedCase l) {
            return new LinkedCaseBody(l.kase().id(), l.kase().ref(), l.kase().title(), l.kase().region(),
                    l.kase().status(), l.kase().priority(), l.kase().assignee(), l.linkedBy(), l.linkedAt());
        }
    }

    @POST
    @Path("/transitions")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid IncidentRequests.Transition request,
            @HeaderParam("If-Match") String ifMatch) {
        return IncidentResource.ok(IncidentBody.from(lifecycle.transition(id, request.to(), request.reason(),
                IfMatch.of(ifMatch), caller)));
    }

    @POST
    @Path("/commander")
    public Response handOver(@PathParam("id") UUID id, @NotNull @Valid IncidentRequests.Commander request,
            @HeaderParam("If-Match") String ifMatch) {
        return IncidentResource.ok(IncidentBody.from(lifecycle.handOver(id, request.commander(), IfMatch.of(ifMatch),
                caller)));
    }

    /** Investigators of the incident's regions post updates too. */
    @POST
    @Path("/updates")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response update(@PathParam("id") UUID id, @NotNull @Valid IncidentRequests.Update request) {
        IncidentEvent posted = updates.post(id, request.body().trim(), caller);
        return Response.status(201).entity(new TimelineBody(posted.id(), posted.kind(), posted.actor(), posted.at(),
                posted.summary())).build();
    }

    @GET
    @Path("/cases")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.AUDITOR, Roles.ADMIN})
    public Page<LinkedCaseBody> cases(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.of(id, PageRequest.of(limit, cursor), caller).map(LinkedCaseBody::from);
    }

    @POST
    @Path("/cases")
    public Response link(@PathParam("id") UUID id, @NotNull @Valid IncidentRequests.LinkCase request) {
        return Response.status(201).entity(LinkedCaseBody.from(cases.link(id, request.caseId(), caller))).build();
    }

    @DELETE
    @Path("/cases/{caseId}")
    public Response unlink(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId) {
        cases.unlink(id, caseId, caller);
        return Response.noContent().build();
    }
}
