package io.vigil.cases.rest;

import io.vigil.cases.enforcement.EnforcementType;
import io.vigil.cases.enforcement.StrikeService;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The strike records of a case's subjects and the action the ladder suggests for the case. */
@Path("/api/cases/{id}/strikes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseStrikeResource {

    private final StrikeService strikes;
    private final Clock clock;
    private final Caller caller;

    public CaseStrikeResource(StrikeService strikes, Clock clock, Caller caller) {
        this.strikes = strikes;
        this.clock = clock;
        this.caller = caller;
    }

    /**
     * Each subject's record; {@code suggestedAction} is the ladder's step for the subject with the most active
     * strikes (null when no subject reaches a step).
     */
    public record CaseStrikes(EnforcementType suggestedAction, int maxActiveStrikes,
            List<StrikeBody.SubjectRecord> subjects) {
    }

    @GET
    public CaseStrikes get(@PathParam("id") UUID id) {
        Instant now = clock.instant();
        List<StrikeBody.SubjectRecord> records = strikes.ofCase(id, caller).stream()
                .map(s -> StrikeBody.SubjectRecord.from(s, now)).toList();
        var worst = records.stream().max(Comparator.comparingInt(StrikeBody.SubjectRecord::activeStrikes));
        return new CaseStrikes(worst.map(StrikeBody.SubjectRecord::suggestedAction).orElse(null),
                worst.map(StrikeBody.SubjectRecord::activeStrikes).orElse(0), records);
    }
}
