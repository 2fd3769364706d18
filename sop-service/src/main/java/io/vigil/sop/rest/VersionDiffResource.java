package io.vigil.sop.rest;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Roles;
import io.vigil.sop.diff.DiffService;
import io.vigil.sop.diff.VersionDiff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The difference between two versions, as a reviewer reads it before approving. */
@Path("/api/sops/{key}/versions/{n}/diff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class VersionDiffResource {

    private final DiffService diffs;

    public VersionDiffResource(DiffService diffs) {
        this.diffs = diffs;
    }

    @GET
    @Path("/{other}")
    public VersionDiff diff(@PathParam("key") String key, @PathParam("n") int from, @PathParam("other") int to) {
        return diffs.diff(key, from, to);
    }

    @GET
    public VersionDiff against(@PathParam("key") String key, @PathParam("n") int to,
            @QueryParam("against") Integer from) {
        if (from == null) {
            throw new InvalidRequestException("against", "must name the version to compare with");
        }
        return diffs.diff(key, from, to);
    }
}
