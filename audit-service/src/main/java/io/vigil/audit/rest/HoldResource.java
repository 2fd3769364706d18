package io.vigil.audit.rest;

import io.vigil.audit.retention.HoldService;
import io.vigil.audit.retention.LegalHold;
import io.vigil.audit.retention.LegalHolds;
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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Legal holds that keep ranges of the log (and named subjects) from purge and erasure. */
@Path("/api/audit/holds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class HoldResource {

    private final HoldService service;
    private final LegalHolds holds;
    private final Caller caller;

    public HoldResource(HoldService service, LegalHolds holds, Caller caller) {
        this.service = service;
        this.holds = holds;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(@Valid @NotNull HoldRequest request) {
        LegalHold hold = service.place(request.reason(), request.from(), request.to(), request.subjectRef(),
                CallerActor.of(caller));
        return Response.status(201).header("Location", "/api/audit/holds/" + hold.id()).entity(hold).build();
    }

    @GET
    public HoldsBody list() {
        return new HoldsBody(holds.list());
    }

    @GET
    @Path("/{id}")
    public LegalHold get(@PathParam("id") UUID id) {
        return holds.get(id);
    }

    @POST
    @Path("/{id}/release")
    public LegalHold release(@PathParam("id") UUID id) {
        return service.release(id, CallerActor.of(caller));
    }

    /** A hold on recordedAt range {@code [from, to)}, optionally also on one subject's erasure. */
    public record HoldRequest(@NotBlank @Size(max = 500) String reason, @NotNull Instant from, @NotNull Instant to,
            @Size(max = 200) String subjectRef) {
    }

    /** The most recent holds, active and released. */
    public record HoldsBody(List<LegalHold> items) {
    }
}
