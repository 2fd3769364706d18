package io.vigil.cases.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricTest {

    private final Rubric rubric = new Rubric(List.of(new Rubric.Criterion("accuracy", "Outcome follows policy", 5),
            new Rubric.Criterion("evidence", "Evidence supports it", 5)), 0.8);

    @Test
    void aReviewThatAgreesAndReachesThePassSharePasses() {
        Rubric.Scored scored = rubric.score(Map.of("accuracy", 4, "evidence", 4));
        assertThat(scored.total()).isEqualTo(8);
        assertThat(scored.max()).isEqualTo(10);
        assertThat(scored.criteria()).extracting(CriterionScore::label)
                .containsExactly("Outcome follows policy", "Evidence supports it");
        assertThat(rubric.passes(scored, OutcomeAgreement.AGREE)).isTrue();
    }

    @Test
    void aWellDocumentedWrongOutcomeFails() {
        assertThat(rubric.passes(rubric.score(Map.of("accuracy", 5, "evidence", 5)), OutcomeAgreement.DISAGREE))
                .isFalse();
    }

    @Test
    void aRightOutcomeReachedSloppilyFails() {
        assertThat(rubric.passes(rubric.score(Map.of("accuracy", 4, "evidence", 3)), OutcomeAgreement.AGREE))
                .isFalse();
    }

    @Test
    void everyCriterionAndNothingElseIsScoredWithinItsRange() {
        assertThatThrownBy(() -> rubric.score(Map.of("accuracy", 6, "tone", 3)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("scores.accuracy", "must be between 0 and 5"),
                        new FieldError("scores.evidence", "is required"),
                        new FieldError("scores.tone", "is not a criterion of the rubric")));
    }
}
