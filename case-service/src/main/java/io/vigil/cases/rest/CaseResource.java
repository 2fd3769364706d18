package io.vigil.cases.rest;

import io.vigil.cases.CaseFilter;
import io.vigil.cases.CaseService;
import io.vigil.cases.CaseStatus;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.QueryValues;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
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
import java.util.Optional;
import java.util.UUID;

/** Case intake and reading, scoped to the caller's regions. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseResource {

    private final CaseService cases;
    private final Caller caller;

    public CaseResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @POST
    public Response open(@NotNull @Valid OpenCaseRequest request, @Context UriInfo uri) {
        CaseBody opened = CaseBody.from(cases.open(request.toReport(), caller));
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build())
                .tag(etag(opened)).entity(opened).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        CaseBody found = CaseBody.from(cases.get(id, caller));
        return Response.ok(found).tag(etag(found)).build();
    }

    @GET
    public Page<CaseBody> list(@QueryParam("status") String status, @QueryParam("region") String region,
            @QueryParam("subject") String subject, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        CaseFilter filter = new CaseFilter(QueryValues.enumValue(CaseStatus.class, "status", status), Optional.ofNullable(region),
                Optional.ofNullable(subject));
        return cases.list(filter, PageRequest.of(limit, cursor), caller).map(CaseBody::from);
    }

    private static EntityTag etag(CaseBody body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
