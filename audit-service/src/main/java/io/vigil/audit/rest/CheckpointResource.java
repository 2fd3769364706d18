package io.vigil.audit.rest;

import io.vigil.audit.log.CheckpointService;
import io.vigil.audit.log.LogKey;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the log commits to, and the key to check it with. */
@Path("/api/audit")
public class CheckpointResource {

    private final CheckpointService checkpoints;
    private final LogKey key;

    public CheckpointResource(CheckpointService checkpoints, LogKey key) {
        this.checkpoints = checkpoints;
        this.key = key;
    }

    /** The signed note is the canonical answer, so it wins when the client accepts anything. */
    @GET
    @Path("/checkpoints/latest")
    @Produces("text/plain;qs=1")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.AUDIT_WRITER})
    public String latestNote() {
        return checkpoints.latest().note();
    }

    @GET
    @Path("/checkpoints/latest")
    @Produces("application/json;qs=0.5")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.AUDIT_WRITER})
    public CheckpointBody latest() {
        return CheckpointBody.from(checkpoints.latest());
    }

    /** Public on purpose: verification must not depend on trusting, or being let in by, the service. */
    @GET
    @Path("/public-key")
    @Produces(MediaType.TEXT_PLAIN)
    @PermitAll
    public String publicKey() {
        return key.verifier().encode();
    }
}
