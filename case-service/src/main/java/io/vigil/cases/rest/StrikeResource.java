package io.vigil.cases.rest;

import io.vigil.cases.enforcement.Strike;
import io.vigil.cases.enforcement.StrikeService;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;

/** One strike, and its dismissal by a lead who finds it wrongly issued (the service checks the lead role). */
@Path("/api/strikes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class StrikeResource {

    private final StrikeService strikes;
    private final Clock clock;
    private final Caller caller;

    public StrikeResource(StrikeService strikes, Clock clock, Caller caller) {
        this.strikes = strikes;
        this.clock = clock;
        this.caller = caller;
    }

    /** Why a strike was wrongly issued. */
    public record DismissalRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @GET
    public Response get(@PathParam("id") UUID id) {
        return tagged(strikes.get(id, caller));
    }

    @POST
    @Path("/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response dismiss(@PathParam("id") UUID id, @NotNull @Valid DismissalRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return tagged(strikes.dismiss(id, request.reason().trim(), IfMatch.of(ifMatch), caller));
    }

    private Response tagged(Strike strike) {
        return Response.ok(StrikeBody.from(strike, clock.instant())).tag(new EntityTag(Long.toString(strike.version())))
                .build();
    }
}
