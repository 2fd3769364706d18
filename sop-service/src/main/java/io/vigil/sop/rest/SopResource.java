package io.vigil.sop.rest;

import io.vigil.kit.idempotency.IdempotencyKeys;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.kit.problem.QueryValues;
import io.vigil.sop.LegalBasis;
import io.vigil.sop.ReviewDue;
import io.vigil.sop.SopService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import java.util.List;
import java.util.Optional;

/** The SOP library: authors define SOPs; everyone who follows them can read them. */
@Path("/api/sops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class SopResource {

    private final SopService sops;
    private final Caller caller;
    private final IdempotentResponses idempotent;

    public SopResource(SopService sops, Caller caller, IdempotentResponses idempotent) {
        this.sops = sops;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response define(@NotNull @Valid DefineSopRequest request, @Context UriInfo uri,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotent.create(uri, idempotencyKey, request, () -> {
            SopBody defined = SopBody.from(sops.define(request.toDefinition(), caller));
            return Response.created(uri.getAbsolutePathBuilder().path(defined.key()).build())
                    .tag(new EntityTag(Long.toString(defined.version()))).entity(defined).build();
        });
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key) {
        SopBody found = SopBody.from(sops.get(key));
        return Response.ok(found).tag(new EntityTag(Long.toString(found.version()))).build();
    }

    /** The library, optionally only SOPs tagged with a legal basis and/or a data category. */
    @GET
    public Page<SopBody> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @QueryParam("legalBasis") String legalBasis, @QueryParam("dataCategory") String dataCategory) {
        return sops.list(PageRequest.of(limit, cursor),
                QueryValues.enumValue(LegalBasis.class, "legalBasis", legalBasis),
                Optional.ofNullable(dataCategory).filter(c -> !c.isBlank())).map(SopBody::from);
    }

    @PUT
    @Path("/{key}/governance")
    @RolesAllowed({Roles.SOP_AUTHOR, Roles.ADMIN})
    public Response govern(@PathParam("key") String key, @NotNull @Valid GovernanceRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        SopBody body = SopBody.from(sops.govern(key, request.toGovernance(), IfMatch.of(ifMatch)));
        return Response.ok(body).tag(new EntityTag(Long.toString(body.version()))).build();
    }

    /** SOPs whose periodic review is due or overdue, for their owners and the policy team. */
    @GET
    @Path("/review-due")
    public List<ReviewDue> reviewDue() {
        return sops.dueForReview();
    }
}
