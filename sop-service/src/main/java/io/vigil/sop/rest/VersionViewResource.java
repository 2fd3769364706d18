package io.vigil.sop.rest;

import io.vigil.kit.security.Roles;
import io.vigil.sop.VersionLibrary;
import io.vigil.sop.evaluation.CompiledTrees;
import io.vigil.sop.outline.MermaidRenderer;
import io.vigil.sop.outline.OutlineRenderer;
import io.vigil.sop.tree.DecisionTree;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A version's tree as people read it: the text outline authors write, and a Mermaid diagram for the console. */
@Path("/api/sops/{key}/versions/{n}")
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class VersionViewResource {

    private final VersionLibrary library;
    private final CompiledTrees trees;

    public VersionViewResource(VersionLibrary library, CompiledTrees trees) {
        this.library = library;
        this.trees = trees;
    }

    @GET
    @Path("/outline")
    public String outline(@PathParam("key") String key, @PathParam("n") int number) {
        return OutlineRenderer.render(tree(key, number));
    }

    @GET
    @Path("/diagram")
    public String diagram(@PathParam("key") String key, @PathParam("n") int number) {
        return MermaidRenderer.render(tree(key, number));
    }

    private DecisionTree tree(String key, int number) {
        return trees.of(library.get(key, number)).tree();
    }
}
