package io.vigil.cases.rest;

import io.vigil.cases.queue.Workload;
import io.vigil.cases.queue.Workload.PersonLoad;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Workload per person, for leads balancing their teams. */
@Path("/api/workload")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LEAD, Roles.ADMIN})
public class WorkloadResource {

    private final Workload workload;
    private final Caller caller;

    public WorkloadResource(Workload workload, Caller caller) {
        this.workload = workload;
        this.caller = caller;
    }

    /** Everyone with open cases in the caller's regions. */
    public record WorkloadBody(List<PersonLoad> items) {
    }

    @GET
    public WorkloadBody get() {
        return new WorkloadBody(workload.of(caller.regions()));
    }
}
