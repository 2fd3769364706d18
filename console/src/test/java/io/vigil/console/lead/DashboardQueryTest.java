package io.vigil.console.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardQueryTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    @Test
    void theDefaultIsTheLastThirtyDaysUpToTodayPerQueue() {
        DashboardQuery q = DashboardQuery.of(null, null, null, null, TODAY);

        assertThat(q.groupBy()).isEqualTo("queue");
        assertThat(q.from()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(q.days()).isEqualTo(30);
    }

    @Test
    void theLastDayIsIncludedSoThePeriodEndsAtTheNextMidnightUtc() {
        DashboardQuery q = DashboardQuery.of("REGION", "2026-11-01", "2026-11-20", null, TODAY);

        assertThat(q.groupBy()).isEqualTo("region");
        assertThat(q.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(q.end()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void nonsenseFallsBackToTheDefaults() {
        DashboardQuery q = DashboardQuery.of("team", "2026-12-01", "not a date", "a b", TODAY);

        assertThat(q.groupBy()).isEqualTo("queue");
        assertThat(q.to()).isEqualTo(TODAY);
        assertThat(q.from()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(q.cursor()).isNull();
    }

    @Test
    void quickLinksKeepTheGroupingAndTheEndDay() {
        DashboardQuery q = DashboardQuery.of("domain", "2026-11-01", "2026-11-10", null, TODAY);

        assertThat(q.lastDays(7)).isEqualTo("/dashboard?groupBy=domain&from=2026-11-04&to=2026-11-10");
    }
}
