package io.vigil.cases.rest;

import io.vigil.cases.shift.Handover;
import io.vigil.cases.shift.Handovers;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Handover notes between shifts: case workers write them for a region of theirs; roster readers read them. */
@Path("/api/shifts/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.AUDITOR, Roles.ADMIN})
public class HandoverResource {

    private final Handovers handovers;
    private final Caller caller;

    public HandoverResource(Handovers handovers, Caller caller) {
        this.handovers = handovers;
        this.caller = caller;
    }

    /** A handover note as the API shows it; no {@code queueId} means the whole region. */
    public record HandoverBody(UUID id, String region, UUID queueId, String author, String body, Instant createdAt) {

        static HandoverBody from(Handover h) {
            return new HandoverBody(h.id(), h.region(), h.queueId(), h.author(), h.body(), h.createdAt());
        }
    }

    /** The body of POST /api/shifts/handovers. */
    public record HandoverRequest(
            @NotBlank @Pattern(regexp = IncidentRequests.REGION, message = IncidentRequests.REGION_MESSAGE) String region,
            UUID queueId, @NotBlank @Size(max = 4000) String body) {
    }

    /** Newest first; {@code region} narrows to one of the caller's regions. */
    @GET
    public Page<HandoverBody> list(@QueryParam("region") String region, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return handovers.list(ShiftQuery.present(region).map(String::toUpperCase), PageRequest.of(limit, cursor),
                caller).map(HandoverBody::from);
    }

    @POST
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response write(@NotNull @Valid HandoverRequest request) {
        HandoverBody written = HandoverBody.from(handovers.write(request.region(),
                Optional.ofNullable(request.queueId()), request.body(), caller));
        return Response.status(Response.Status.CREATED).entity(written).build();
    }
}
