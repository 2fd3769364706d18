package io.vigil.sop.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdoptionReportTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-15T00:00:00Z");

    @Test
    void beforeTheDeadlineThoseWhoHaveNotAcknowledgedArePendingButNotOverdue() {
        AdoptionReport r = AdoptionReport.of("k", 1, FROM, DUE, List.of("ivy", "ian"),
                Map.of("ivy", FROM.plusSeconds(60)), Instant.parse("2026-11-10T00:00:00Z"));
        assertThat(r.acknowledged()).isEqualTo(1);
        assertThat(r.pending()).isEqualTo(1);
        assertThat(r.overdue()).isZero();
    }

    @Test
    void afterTheDeadlineThoseWhoHaveNotAcknowledgedAreOverdue() {
        AdoptionReport r = AdoptionReport.of("k", 1, FROM, DUE, List.of("ivy", "ian", "lena"),
                Map.of("ivy", FROM), Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(r.overdue()).isEqualTo(2);
        assertThat(r.people()).filteredOn(AdoptionReport.Entry::overdue).extracting(AdoptionReport.Entry::username)
                .containsExactly("ian", "lena");
    }

    @Test
    void someoneOutsideTheAudienceWhoAcknowledgedIsListedButNotCounted() {
        AdoptionReport r = AdoptionReport.of("k", 1, FROM, DUE, List.of("ivy"), Map.of("sam", FROM),
                Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(r.audience()).isEqualTo(1);
        assertThat(r.acknowledged()).isZero();
        assertThat(r.people()).extracting(AdoptionReport.Entry::username).containsExactly("ivy", "sam");
    }
}
