package io.vigil.cases.rest;

import io.vigil.cases.enforcement.AutomatedDecision;
import io.vigil.cases.enforcement.EnforcementAction;
import io.vigil.cases.enforcement.EnforcementStatus;
import io.vigil.cases.enforcement.EnforcementType;
import io.vigil.cases.enforcement.GroundType;
import io.vigil.cases.enforcement.ReasonSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An enforcement action as the API shows it; {@code version} comes last, as the ETag reader expects. */
public record EnforcementBody(UUID id, UUID caseId, String region, EnforcementType type, EnforcementStatus status,
        List<SubjectBody> subjects, UUID accountGroupId, String reasonCode, Reason reason, Sop sop, String rationale,
        List<String> territorialScope, boolean automatedDetection, AutomatedDecision automatedDecision,
        Instant effectiveFrom, String duration, Instant expiresAt, boolean approvalRequired, String requestedBy,
        Instant requestedAt, String decidedBy, Instant decidedAt, String decisionReason, Instant activatedAt,
        String reversedBy, Instant reversedAt, String reversalReason, long version) {

    /** The reason code's policy, ground and weight as they were when the action was requested. */
    public record Reason(String policy, GroundType groundType, String ground, String groundExplanation,
            String groundUrl, String dsaCategory, int strikeWeight) {

        static Reason from(ReasonSnapshot r) {
            return new Reason(r.policy(), r.groundType(), r.ground(), r.groundExplanation(), r.groundUrl(),
                    r.dsaCategory(), r.strikeWeight());
        }
    }

    /** The SOP version and decision path that justified the action. */
    public record Sop(String key, Integer version, List<String> decisionPath) {
    }

    static EnforcementBody from(EnforcementAction a) {
        Sop sop = a.sopKey().map(key -> new Sop(key, a.sopVersion().orElse(null), a.decisionPath())).orElse(null);
        return new EnforcementBody(a.id(), a.caseId(), a.region(), a.type(), a.status(),
                a.subjects().stream().map(SubjectBody::from).toList(), a.accountGroupId().orElse(null),
                a.reasonCode(), Reason.from(a.reason()), sop, a.rationale(), a.territorialScope(),
                a.automatedDetection(), a.automatedDecision(), a.effectiveFrom(),
                a.duration().map(Object::toString).orElse(null), a.expiresAt().orElse(null), a.approvalRequired(),
                a.requestedBy(), a.requestedAt(), a.decidedBy(), a.decidedAt(), a.decisionReason(), a.activatedAt(),
                a.reversedBy(), a.reversedAt(), a.reversalReason(), a.version());
    }
}
