package io.vigil.console.rca;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RcaDiffTest {

    static RcaVersion version(int n, String rootCause, List<String> factors) {
        return new RcaVersion(UUID.randomUUID(), n, "lena", Instant.parse("2026-11-20T10:00:00Z"), "Summary",
                "Impact", List.of(new RcaVersion.Moment(Instant.parse("2026-11-20T09:00:00Z"), "First report")),
                rootCause, factors, List.of(new RcaVersion.ActionSnapshot(null, "Check cards", "ivy",
                        LocalDate.parse("2026-12-01"), "OPEN")));
    }

    @Test
    void linesKeptRemovedAndAddedAreTold() {
        assertThat(RcaDiff.lines(List.of("a", "b", "c"), List.of("a", "c", "d")))
                .extracting(l -> l.mark() + l.text()).containsExactly(" a", "−b", " c", "+d");
    }

    @Test
    void sectionsSayWhetherTheyChanged() {
        RcaDiff diff = RcaDiff.between(version(1, "Why 1\nWhy 2", List.of("x")),
                version(2, "Why 1\nWhy 2, deeper", List.of("x")));
        assertThat(diff.identical()).isFalse();
        assertThat(diff.sections()).extracting(RcaDiff.SectionDiff::name, RcaDiff.SectionDiff::changed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Summary", false), org.assertj.core.groups.Tuple.tuple("Impact", false),
                org.assertj.core.groups.Tuple.tuple("Timeline", false), org.assertj.core.groups.Tuple.tuple("Root cause", true),
                org.assertj.core.groups.Tuple.tuple("Contributing factors", false),
                org.assertj.core.groups.Tuple.tuple("Corrective actions", false));
        assertThat(diff.sections().get(2).lines()).extracting(RcaDiff.Line::text)
                .containsExactly("2026-11-20 09:00 UTC First report");
    }

    @Test
    void theSameVersionTwiceIsIdentical() {
        RcaVersion v = version(1, "Cause", List.of());
        assertThat(RcaDiff.between(v, v).identical()).isTrue();
    }
}
