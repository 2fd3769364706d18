package io.vigil.cases.rest;

import io.vigil.cases.enforcement.EnforcementType;
import io.vigil.cases.enforcement.Strike;
import io.vigil.cases.enforcement.StrikeStatus;
import io.vigil.cases.enforcement.SubjectStrikes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A strike as the API shows it; {@code counting} says whether it counts now. */
public record StrikeBody(UUID id, UUID enforcementId, SubjectBody subject, String region, String policy, int weight,
        Instant issuedAt, Instant expiresAt, StrikeStatus status, boolean counting, String dismissedBy,
        Instant dismissedAt, String dismissalReason, long version) {

    static StrikeBody from(Strike s, Instant now) {
        return new StrikeBody(s.id(), s.actionId(), SubjectBody.from(s.subject()), s.region(), s.policy(), s.weight(),
                s.issuedAt(), s.expiresAt(), s.status(), s.countsAt(now), s.dismissedBy(), s.dismissedAt(),
                s.dismissalReason(), s.version());
    }

    /**
     * A subject's record: the weight of the strikes that count now, which violation the next one would be, and the
     * action the ladder suggests for it.
     */
    public record SubjectRecord(SubjectBody subject, int activeStrikes, int nextStrike,
            EnforcementType suggestedAction, List<StrikeBody> strikes) {

        static SubjectRecord from(SubjectStrikes s, Instant now) {
            return new SubjectRecord(SubjectBody.from(s.subject()), s.activeStrikes(), s.activeStrikes() + 1,
                    s.suggestedAction().orElse(null), s.strikes().stream().map(k -> StrikeBody.from(k, now)).toList());
        }
    }
}
