package io.vigil.cases.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One rubric criterion with the score a review gave it, as the rubric stood when the review was recorded. */
@Embeddable
public record CriterionScore(@Column(name = "criterion") String key, String label, int score,
        @Column(name = "max_score") int maxScore) {
}
