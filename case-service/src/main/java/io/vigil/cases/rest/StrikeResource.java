package io.vigil.cases.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    public StrikeBody get(@PathParam("id") UUID id) {
        return StrikeBody.from(strikes.get(id, caller), clock.instant());
    }

    @POST
    @Path("/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public StrikeBody dismiss(@PathParam("id") UUID id, @NotNull @Valid DismissalRequest request) {
        return StrikeBody.from(strikes.dismiss(id, request.reason().trim(), caller), clock.instant());
    }
}
