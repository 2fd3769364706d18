package io.vigil.audit.rest;

import io.vigil.audit.retention.RetentionService;
import io.vigil.audit.retention.RetentionService.PurgeOutcome;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Runs retention: purges expired, sealed, unheld monthly partitions and reports on every partition. */
@Path("/api/audit/retention/purges")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    private final RetentionService retention;
    private final Caller caller;

    public RetentionResource(RetentionService retention, Caller caller) {
        this.retention = retention;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public PurgeBody purge() {
        return new PurgeBody(retention.purge(CallerActor.of(caller)));
    }

    /** One entry per partition: purged, or the reason it stays. */
    public record PurgeBody(List<PurgeOutcome> partitions) {
    }
}
