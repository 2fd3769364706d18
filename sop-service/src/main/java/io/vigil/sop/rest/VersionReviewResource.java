package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionReview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Review and publication: only approvers act here, and never on their own versions. */
@Path("/api/sops/{key}/versions/{n}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SOP_APPROVER)
public class VersionReviewResource {

    private final VersionReview review;
    private final Caller caller;
    private final ObjectMapper json;

    public VersionReviewResource(VersionReview review, Caller caller, ObjectMapper json) {
        this.review = review;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Path("/approve")
    public Response approve(@PathParam("key") String key, @PathParam("n") int number, @Valid ReviewRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(key, review.approve(key, number, note(request), IfMatch.of(ifMatch), caller));
    }

    @POST
    @Path("/reject")
    public Response reject(@PathParam("key") String key, @PathParam("n") int number, @Valid ReviewRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(key, review.reject(key, number, note(request), IfMatch.of(ifMatch), caller));
    }

    @POST
    @Path("/publish")
    public Response publish(@PathParam("key") String key, @PathParam("n") int number, PublishRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        Optional<java.time.Instant> from = Optional.ofNullable(request).map(PublishRequest::effectiveFrom);
        return ok(key, review.publish(key, number, from, IfMatch.of(ifMatch), caller));
    }

    private static String note(ReviewRequest request) {
        return request == null ? null : request.note();
    }

    private Response ok(String key, SopVersion version) {
        return Response.ok(VersionBody.from(key, version, json))
                .tag(new EntityTag(Long.toString(version.version()))).build();
    }
}
