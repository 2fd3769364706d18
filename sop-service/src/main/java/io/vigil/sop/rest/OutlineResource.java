package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kit.security.Roles;
import io.vigil.sop.outline.OutlineCompiler;
import io.vigil.sop.tree.TreeWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lets an author check an outline and see the tree it becomes before drafting a version with it. */
@Path("/api/outlines/compile")
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.ADMIN})
public class OutlineResource {

    private final OutlineCompiler outlines;

    public OutlineResource(OutlineCompiler outlines) {
        this.outlines = outlines;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode compile(@NotNull @Size(max = 100_000) String outline) {
        return TreeWriter.write(outlines.compile(outline).tree());
    }
}
