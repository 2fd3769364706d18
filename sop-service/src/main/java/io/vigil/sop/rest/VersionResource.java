package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kit.idempotency.IdempotencyKeys;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionAuthoring;
import io.vigil.sop.VersionLibrary;
import io.vigil.sop.outline.OutlineCompiler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Versions of an SOP as authors write them; everyone who follows the SOP can read them. */
@Path("/api/sops/{key}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class VersionResource {

    private final VersionAuthoring authoring;
    private final VersionLibrary library;
    private final Caller caller;
    private final ObjectMapper json;
    private final OutlineCompiler outlines;
    private final IdempotentResponses idempotent;

    public VersionResource(VersionAuthoring authoring, VersionLibrary library, Caller caller, ObjectMapper json,
            OutlineCompiler outlines, IdempotentResponses idempotent) {
        this.outlines = outlines;
        this.idempotent = idempotent;
        this.authoring = authoring;
        this.library = library;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response draft(@PathParam("key") String key, @NotNull @Valid VersionRequest request,
            @Context UriInfo uri, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotent.create(uri, idempotencyKey, request, () -> {
            SopVersion draft = authoring.draft(key, request.toContent(json, outlines), caller);
            return created(key, draft, uri.getAbsolutePathBuilder().path(Integer.toString(draft.number())).build());
        });
    }

    @GET
    public Page<VersionBody> list(@PathParam("key") String key, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return library.list(key, PageRequest.of(limit, cursor)).map(v -> VersionBody.from(key, v, json));
    }

    @GET
    @Path("/{n}")
    public Response get(@PathParam("key") String key, @PathParam("n") int number) {
        return ok(key, library.get(key, number));
    }

    @PUT
    @Path("/{n}")
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response revise(@PathParam("key") String key, @PathParam("n") int number,
            @NotNull @Valid VersionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return ok(key, authoring.revise(key, number, request.toContent(json, outlines), IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{n}/submit")
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response submit(@PathParam("key") String key, @PathParam("n") int number,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(key, authoring.submit(key, number, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{n}/reopen")
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response reopen(@PathParam("key") String key, @PathParam("n") int number,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(key, authoring.reopen(key, number, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{n}/rollback")
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response rollback(@PathParam("key") String key, @PathParam("n") int number,
            @NotNull @Valid RollbackRequest request, @Context UriInfo uri,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotent.create(uri, idempotencyKey, request, () -> {
            SopVersion copy = authoring.rollback(key, number, request.changeNote(), caller);
            return created(key, copy, uri.getBaseUriBuilder().path("api/sops").path(key).path("versions")
                    .path(Integer.toString(copy.number())).build());
        });
    }

    private Response created(String key, SopVersion version, java.net.URI location) {
        return Response.created(location).tag(new EntityTag(Long.toString(version.version())))
                .entity(VersionBody.from(key, version, json)).build();
    }

    private Response ok(String key, SopVersion version) {
        return Response.ok(VersionBody.from(key, version, json))
                .tag(new EntityTag(Long.toString(version.version()))).build();
    }
}
