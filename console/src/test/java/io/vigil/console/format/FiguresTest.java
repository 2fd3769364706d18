package io.vigil.console.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void durationsUseTheTwoLargestUnitsThatMatter() {
        assertThat(Figures.duration(45.0)).isEqualTo("45 s");
        assertThat(Figures.duration(720.0)).isEqualTo("12 min");
        assertThat(Figures.duration(12_000.0)).isEqualTo("3 h 20 min");
        assertThat(Figures.duration(7_200.0)).isEqualTo("2 h");
        assertThat(Figures.duration(187_200.0)).isEqualTo("2 d 4 h");
        assertThat(Figures.duration(null)).isEqualTo("–");
    }

    @Test
    void sharesAndDifferencesReadAsPercentagesAndPoints() {
        assertThat(Figures.percent(0.875)).isEqualTo("87.5%");
        assertThat(Figures.points(-0.031)).isEqualTo("-3.1 pp");
        assertThat(Figures.coefficient(0.7049)).isEqualTo("0.70");
    }

    @Test
    void formTimesAreUtcAndSomethingElseIsRefused() {
        assertThat(FormTimes.parse("2026-11-20T09:15")).contains(Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(FormTimes.parse("2026-11-20")).contains(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(FormTimes.parse(" ")).isEmpty();
        assertThat(FormTimes.parse("2026-11-20T09:15:42")).contains(Instant.parse("2026-11-20T09:15:42Z"));
        assertThat(FormTimes.inputToTheSecond(Instant.parse("2026-11-20T09:15:42.7Z")))
                .isEqualTo("2026-11-20T09:15:42");
        assertThat(FormTimes.inputToTheSecond(Instant.parse("2026-11-20T09:15:00Z"))).isEqualTo("2026-11-20T09:15");
        assertThat(FormTimes.input(Instant.parse("2026-11-20T09:15:42Z"))).isEqualTo("2026-11-20T09:15");
        assertThat(FormTimes.input(Instant.parse("2026-11-20T09:15:42Z"))).isEqualTo("2026-11-20T09:15");
        assertThatThrownBy(() -> FormTimes.parse("tomorrow")).isInstanceOf(DateTimeParseException.class);
    }
}
