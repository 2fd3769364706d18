package io.vigil.sop.rest;

import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.sop.SopService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The SOP library: authors define SOPs; everyone who follows them can read them. */
@Path("/api/sops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class SopResource {

    private final SopService sops;
    private final Caller caller;

    public SopResource(SopService sops, Caller caller) {
        this.sops = sops;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response define(@NotNull @Valid DefineSopRequest request, @Context UriInfo uri) {
        SopBody defined = SopBody.from(sops.define(request.toDefinition(), caller));
        return Response.created(uri.getAbsolutePathBuilder().path(defined.key()).build())
                .tag(new EntityTag(Long.toString(defined.version()))).entity(defined).build();
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key) {
        SopBody found = SopBody.from(sops.get(key));
        return Response.ok(found).tag(new EntityTag(Long.toString(found.version()))).build();
    }

    @GET
    public Page<SopBody> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return sops.list(PageRequest.of(limit, cursor)).map(SopBody::from);
    }
}
