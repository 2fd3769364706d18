package io.vigil.cases.rest;

import io.vigil.cases.quality.CriterionScore;
import io.vigil.cases.quality.OutcomeAgreement;
import io.vigil.cases.quality.QaReview;
import io.vigil.cases.quality.QaReviewStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sampled case in the QA queue and, once scored, its review. */
public record QaReviewBody(UUID id, UUID sampleId, UUID caseId, String region, UUID queueId, String investigator,
        SopRef sop, QaReviewStatus status, String reviewer, List<CriterionScore> scores, Integer score,
        Integer maxScore, OutcomeAgreement agreement, Boolean passed, String comment, Instant reviewedAt,
        Instant createdAt, long version) {

    /** The SOP version the case followed, as its SOP-generated tasks record it. */
    public record SopRef(String key, int version) {
    }

    static QaReviewBody from(QaReview r) {
        return new QaReviewBody(r.id(), r.sampleId(), r.caseId(), r.region(), r.queueId(), r.investigator(),
                r.sopKey() == null ? null : new SopRef(r.sopKey(), r.sopVersion()), r.status(), r.reviewer(),
                r.scores(), r.score(), r.maxScore(), r.agreement(), r.passed(), r.comment(), r.reviewedAt(),
                r.createdAt(), r.version());
    }
}
