package io.vigil.sop.rest;

import io.vigil.kit.security.Roles;
import io.vigil.sop.demo.DemoSeed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lets an admin load the demo SOPs into a running service (idempotent), as deploy/local does for a newcomer. */
@Path("/api/admin/demo-seed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DemoSeedResource {

    private final DemoSeed seed;

    public DemoSeedResource(DemoSeed seed) {
        this.seed = seed;
    }

    @POST
    public DemoSeed.Result load() {
        return seed.load();
    }
}
