package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Roles;
import io.vigil.sop.InEffect;
import io.vigil.sop.NoSopInEffectException;
import io.vigil.sop.VersionLibrary;
import io.vigil.sop.evaluation.CompiledTrees;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Guidance for case work: the SOP in effect for a case's domain and category, or a version pinned by a walk
 * that began on it, with everything needed to follow it (case-service asks with its sop-reader service account).
 */
@Path("/api/sops")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class GuidanceResource {

    private final VersionLibrary library;
    private final CompiledTrees trees;
    private final ObjectMapper json;

    public GuidanceResource(VersionLibrary library, CompiledTrees trees, ObjectMapper json) {
        this.library = library;
        this.trees = trees;
        this.json = json;
    }

    /** 404 {@code no-sop-in-effect} when no published version of an SOP for that area is in effect now. */
    @GET
    @Path("/in-effect")
    public GuidanceBody inEffect(@QueryParam("domain") String domain, @QueryParam("category") String category) {
        String area = required("domain", domain);
        String policy = required("category", category);
        return body(library.inEffectFor(area, policy).orElseThrow(() -> new NoSopInEffectException(area, policy)));
    }

    @GET
    @Path("/{key}/versions/{n}/guidance")
    public GuidanceBody pinned(@PathParam("key") String key, @PathParam("n") int number) {
        return body(library.pinned(key, number));
    }

    private GuidanceBody body(InEffect found) {
        return GuidanceBody.from(found, trees.of(found.version()).tree(), json);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(name, "must name a " + name);
        }
        return value.trim();
    }
}
