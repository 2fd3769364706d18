package io.vigil.cases.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vigil.cases.appeal.AppealOutcome;
import io.vigil.cases.appeal.AppealQueries;
import io.vigil.cases.appeal.AppealStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An appeal as the API shows it, with the case that reviews it under {@code case}; {@code version} comes last, as
 * the ETag reader expects.
 */
public record AppealBody(UUID id, AppealStatus status, AppealOutcome outcome, UUID enforcementId,
        UUID appealedCaseId, String region, String statement, String filedBy, Instant filedAt, String decidedBy,
        Instant decidedAt, String decisionReason, @JsonProperty("case") CaseBody reviewCase, long version) {

    static AppealBody from(AppealQueries.Reviewed reviewed) {
        var a = reviewed.appeal();
        return new AppealBody(a.id(), a.status(), a.outcome().orElse(null), a.actionId(), a.appealedCaseId(),
                a.region(), a.statement(), a.filedBy(), a.filedAt(), a.decidedBy(), a.decidedAt(), a.decisionReason(),
                CaseBody.from(reviewed.reviewCase()), a.version());
    }
}
