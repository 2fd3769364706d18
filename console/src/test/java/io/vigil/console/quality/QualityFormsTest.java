package io.vigil.console.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityFormsTest {

    private static final Rubric RUBRIC = new Rubric(List.of(new Rubric.Criterion("accuracy", "Accuracy", 5),
            new Rubric.Criterion("evidence", "Evidence", 3)), 0.8);

    @Test
    void aScoringNeedsEveryCriterionInRangeAndAnAgreement() {
        assertThat(new ScoreForm(Map.of("accuracy", "6"), "", "").problems(RUBRIC)).extracting(FieldError::field)
                .containsExactly("Accuracy", "Evidence", "Outcome");
        ScoreForm good = new ScoreForm(Map.of("accuracy", "5", "evidence", "0"), "disagree", " why ");
        assertThat(good.problems(RUBRIC)).isEmpty();
        assertThat(good.body(RUBRIC)).isEqualTo(Map.of("scores", Map.of("accuracy", 5, "evidence", 0),
                "agreement", "disagree", "comment", "why"));
    }

    @Test
    void aSampleTakesEitherASizeOrAPercentageOverWholeDays() {
        SampleForm percent = new SampleForm("2026-11-01", "2026-11-07", "RANDOM", "", "12.5", "", "");
        assertThat(percent.problems(List.of("US"))).isEmpty();
        assertThat(percent.body()).containsEntry("rate", 0.125).containsEntry("to", "2026-11-08T00:00:00Z");
        assertThat(new SampleForm("2026-11-07", "2026-11-01", "ALL", "0", "", "SG", "x y").problems(List.of("US")))
                .extracting(FieldError::field).containsExactly("to", "strategy", "size", "region", "investigator");
        assertThat(SampleForm.lastWeek(LocalDate.parse("2026-11-29")).from()).isEqualTo("2026-11-23");
    }
}
