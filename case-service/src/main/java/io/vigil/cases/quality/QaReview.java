package io.vigil.cases.quality;

import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A sampled case in the QA queue and, once scored, its review. Queue, investigator and SOP are copied when the case
 * is sampled, so the pass-rate report keeps a review in the group it was drawn from.
 */
@Entity
@Table(name = "qa_review")
public class QaReview {

    @Id
    private UUID id;
    @Column(name = "sample_id")
    private UUID sampleId;
    @Column(name = "case_id")
    private UUID caseId;
    private String region;
    @Column(name = "queue_id")
    private UUID queueId;
    private String investigator;
    @Column(name = "sop_key")
    private String sopKey;
    @Column(name = "sop_version")
    private Integer sopVersion;
    @Enumerated(EnumType.STRING)
    private QaReviewStatus status;
    private String reviewer;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qa_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<CriterionScore> scores = new ArrayList<>();
    private Integer score;
    @Column(name = "max_score")
    private Integer maxScore;
    @Enumerated(EnumType.STRING)
    private OutcomeAgreement agreement;
    private Boolean passed;
    private String comment;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected QaReview() {
    }

    QaReview(UUID id, UUID sampleId, Candidate candidate, Instant now) {
        this.id = id;
        this.sampleId = sampleId;
        this.caseId = candidate.caseId();
        this.region = candidate.region();
        this.queueId = candidate.queueId();
        this.investigator = candidate.investigator();
        this.sopKey = candidate.sopKey();
        this.sopVersion = candidate.sopVersion();
        this.status = QaReviewStatus.PENDING;
        this.createdAt = now;
    }

    /** Records the review; a case is reviewed once, and never by the investigator who worked it. */
    void record(String by, Rubric.Scored scored, OutcomeAgreement agreed, boolean pass,
            String note, Instant now) {
        if (status == QaReviewStatus.DONE) {
            throw new ConflictException("already-reviewed", "This case was reviewed by " + reviewer + " already");
        }
        reviewer = by;
        scores.clear();
        scores.addAll(scored.criteria());
        score = scored.total();
        maxScore = scored.max();
        agreement = agreed;
        passed = pass;
        comment = note;
        reviewedAt = now;
        status = QaReviewStatus.DONE;
    }

    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Review " + id, expected.getAsLong(), version);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID sampleId() {
        return sampleId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String region() {
        return region;
    }

    public UUID queueId() {
        return queueId;
    }

    public String investigator() {
        return investigator;
    }

    public String sopKey() {
        return sopKey;
    }

    public Integer sopVersion() {
        return sopVersion;
    }

    public QaReviewStatus status() {
        return status;
    }

    public String reviewer() {
        return reviewer;
    }

    /** The criteria with their scores (empty while pending). */
    public List<CriterionScore> scores() {
        return List.copyOf(scores);
    }

    public Integer score() {
        return score;
    }

    public Integer maxScore() {
        return maxScore;
    }

    public OutcomeAgreement agreement() {
        return agreement;
    }

    public Boolean passed() {
        return passed;
    }

    public String comment() {
        return comment;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
