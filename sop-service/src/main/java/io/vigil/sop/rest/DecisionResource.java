package io.vigil.sop.rest;

import io.vigil.kit.idempotency.IdempotencyKeys;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.sop.consistency.Decision;
import io.vigil.sop.consistency.DecisionReport;
import io.vigil.sop.consistency.DecisionService;
import io.vigil.sop.consistency.VersionStats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;

/** Production decisions per version, and the consistency, agreement and CSAT figures computed from them. */
@Path("/api/sops/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class DecisionResource {

    private final DecisionService decisions;
    private final Caller caller;
    private final IdempotentResponses idempotent;

    public DecisionResource(DecisionService decisions, Caller caller, IdempotentResponses idempotent) {
        this.decisions = decisions;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @Path("/versions/{n}/decisions")
    @RolesAllowed({Roles.SOP_READER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
    public Response record(@PathParam("key") String key, @PathParam("n") int number,
            @NotNull @Valid Report request, @Context UriInfo uri,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotent.create(uri, idempotencyKey, request, () -> {
            Decision d = decisions.record(key, number, request.toReport(), caller);
            return Response.status(Response.Status.CREATED).entity(new Recorded(d.id(), key, d.sopVersion(),
                    d.ticketId(), d.botOutcome(), d.humanOutcome(), d.csat(), d.recordedAt())).build();
        });
    }

    @GET
    @Path("/versions/{n}/stats")
    public VersionStats stats(@PathParam("key") String key, @PathParam("n") int number) {
        return decisions.stats(key, number);
    }

    /** The A/B report: version b against version a. */
    @GET
    @Path("/comparison")
    public DecisionService.AbReport compare(@PathParam("key") String key, @QueryParam("a") Integer a,
            @QueryParam("b") Integer b) {
        if (a == null || b == null) {
            throw new InvalidRequestException(a == null ? "a" : "b", "must name a version number");
        }
        return decisions.compare(key, a, b);
    }

    /** The body of POST .../decisions; CSAT is 1 (very poor) to 5 (excellent) and absent when not surveyed. */
    public record Report(@NotBlank @Size(max = 200) String ticketId, @NotBlank @Size(max = 100) String botOutcome,
            @NotBlank @Size(max = 100) String humanOutcome, @Min(1) @Max(5) Integer csat) {

        DecisionReport toReport() {
            return new DecisionReport(ticketId, botOutcome, humanOutcome, csat);
        }
    }

    /** A recorded decision. */
    public record Recorded(UUID id, String sop, int version, String ticketId, String botOutcome, String humanOutcome,
            Integer csat, Instant recordedAt) {
    }
}
