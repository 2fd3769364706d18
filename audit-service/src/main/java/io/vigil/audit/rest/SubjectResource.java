package io.vigil.audit.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.vigil.audit.privacy.SubjectAccess;
import io.vigil.audit.privacy.SubjectAccess.SubjectEvent;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Data-subject access and erasure. */
@Path("/api/audit/subjects/{ref}")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectResource {

    private final SubjectAccess subjects;
    private final Caller caller;

    public SubjectResource(SubjectAccess subjects, Caller caller) {
        this.subjects = subjects;
        this.caller = caller;
    }

    @GET
    @Path("/events")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public Page<SubjectEventBody> events(@PathParam("ref") String ref, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return subjects.events(ref, PageRequest.of(limit, cursor), CallerActor.of(caller)).map(SubjectEventBody::from);
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public ErasureBody erase(@PathParam("ref") String ref, @Valid @NotNull ErasureRequest request) {
        return new ErasureBody(ref, subjects.erase(ref, request.reason(), CallerActor.of(caller)));
    }

    /** Why the subject's data is erased (a request reference, the legal basis). */
    public record ErasureRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** How many keys were destroyed (0 when none was live: erasure is idempotent). */
    public record ErasureBody(String subjectRef, int keysDestroyed) {
    }

    /** An event of the subject; {@code payload} is NONE, OPENED (with {@code personal}) or ERASED. */
    public record SubjectEventBody(long seq, String recordedAt, @JsonRawValue String envelope, String payload,
            @JsonRawValue String personal) {

        static SubjectEventBody from(SubjectEvent e) {
            return new SubjectEventBody(e.event().seq(), EventBody.RECORDED_AT.format(e.event().recordedAt()),
                    e.event().envelope(), e.payload(), e.personal());
        }
    }
}
