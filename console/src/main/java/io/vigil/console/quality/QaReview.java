package io.vigil.console.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sampled case in the QA queue and, once scored, its review, as case-service shows it. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record QaReview(UUID id, UUID sampleId, UUID caseId, String region, UUID queueId, String investigator,
        SopRef sop, String status, String reviewer, List<Score> scores, Integer score, Integer maxScore,
        String agreement, Boolean passed, String comment, Instant reviewedAt, Instant createdAt, long version) {

    public QaReview {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** The SOP version the case followed. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SopRef(String key, int version) {
    }

    /** One criterion's score. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Score(String key, String label, int score, int maxScore) {
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public String reviewed() {
        return Times.utc(reviewedAt);
    }

    public String sampled() {
        return Times.utc(createdAt);
    }

    /** "pass" or "fail" once scored, else empty. */
    public String verdict() {
        return passed == null ? "" : passed ? "pass" : "fail";
    }

    public String total() {
        return score == null || maxScore == null ? "" : score + "/" + maxScore;
    }

    public boolean agreed() {
        return "AGREE".equalsIgnoreCase(agreement);
    }
}
