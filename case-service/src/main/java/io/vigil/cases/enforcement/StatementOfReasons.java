package io.vigil.cases.enforcement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The statement of reasons for one action, grouped by the points of DSA art. 17(3); field names follow the DSA
 * Transparency Database's statement schema in camel case ({@code decisionVisibility}, {@code territorialScope},
 * {@code decisionGround}, {@code automatedDetection}, ...), and values use its constants, so a submission to it is a
 * mapping, not a rewrite. Members that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementOfReasons(String puid, UUID enforcementId, String caseRef, EnforcementStatus status,
        Instant issuedAt, Restriction restriction, Facts facts, Automation automation, Ground ground,
        Redress redress) {

    /** (a) What is restricted, where and until when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Restriction(EnforcementType type, String description, List<String> decisionVisibility,
            String decisionVisibilityOther, String decisionMonetary, String decisionMonetaryOther,
            String decisionProvision, String decisionAccount, List<SubjectRef> subjects,
            List<String> territorialScope, Instant applicationDate, Instant endDateVisibilityRestriction,
            Instant endDateMonetaryRestriction, Instant endDateServiceRestriction, Instant endDateAccountRestriction) {
    }

    /** A subject the decision concerns. */
    public record SubjectRef(String type, String ref) {
    }

    /** (b) The facts and circumstances relied on, how the matter came up, and the SOP path followed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Facts(String decisionFacts, String sourceType, String category, Sop sop) {
    }

    /** The SOP version and decision path that justified the action. */
    public record Sop(String key, Integer version, List<String> decisionPath) {
    }

    /** (c) Whether automated means detected the content and took the decision. */
    public record Automation(boolean automatedDetection, String automatedDecision) {
    }

    /** (d) the legal ground or (e) the contractual ground relied on, with the explanation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ground(String decisionGround, String reasonCode, String policy, String decisionGroundReferenceUrl,
            String illegalContentLegalGround, String illegalContentExplanation, String incompatibleContentGround,
            String incompatibleContentExplanation) {
    }

    /** (f) The ways to contest the decision. */
    public record Redress(InternalComplaint internalComplaintHandling, Option outOfCourtDisputeSettlement,
            Option judicialRedress) {
    }

    /** The platform's own complaint handling: an appeal reviewed by someone other than the original deciders. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InternalComplaint(boolean available, String description, String appealPath, Instant deadline) {
    }

    /** A redress route outside the platform. */
    public record Option(boolean available, String description) {
    }
}
