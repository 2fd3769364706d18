package io.vigil.cases.rest;

import io.vigil.cases.Subject;
import io.vigil.cases.SubjectType;
import io.vigil.cases.enforcement.StrikeService;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.QueryValues;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** A subject's strike record within the caller's regions, e.g. {@code /api/subjects/account/A-9/strikes}. */
@Path("/api/subjects/{type}/{ref}/strikes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class SubjectStrikeResource {

    private final StrikeService strikes;
    private final Clock clock;
    private final Caller caller;

    public SubjectStrikeResource(StrikeService strikes, Clock clock, Caller caller) {
        this.strikes = strikes;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    public StrikeBody.SubjectRecord get(@PathParam("type") String type, @PathParam("ref") String ref) {
        SubjectType subjectType = QueryValues.enumValue(SubjectType.class, "type", type)
                .orElseThrow(() -> new InvalidRequestException("type", "must be a subject type such as account"));
        if (ref.isBlank() || ref.length() > 128) {
            throw new InvalidRequestException("ref", "must be 1 to 128 characters");
        }
        return StrikeBody.SubjectRecord.from(strikes.of(new Subject(subjectType, ref), caller), clock.instant());
    }
}
