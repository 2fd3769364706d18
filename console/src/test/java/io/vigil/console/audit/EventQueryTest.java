package io.vigil.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:15:42Z");

    private static EventQuery query(String from, String to, String outcome, String cursor) {
        return EventQuery.of(new EventQuery.Form(from, to, " case ", "", null, "case.transition", outcome, cursor), NOW);
    }

    @Test
    void withoutARangeTheLastSevenDaysUpToTheNextMinuteAreSearched() {
        EventQuery q = query(null, null, null, null);

        assertThat(q.to()).isEqualTo(Instant.parse("2026-11-20T09:16:00Z"));
        assertThat(q.from()).isEqualTo(Instant.parse("2026-11-13T09:16:00Z"));
        assertThat(q.valid()).isTrue();
    }

    @Test
    void timesAreReadAsUtcFromTheFormOrAsRfc3339WithAnOffset() {
        EventQuery q = query("2026-11-01T00:00", "2026-11-02T10:00+01:00", null, null);

        assertThat(q.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
    }

    @Test
    void aBackwardsOrUnreadableRangeIsAnErrorNamingTheField() {
        assertThat(query("2026-11-02T00:00", "2026-11-01T00:00", null, null).errors())
                .containsExactly(new FieldError("from", "must be before to"));
        assertThat(query(null, "soon", null, null).errors()).extracting(FieldError::field).containsExactly("to");
    }

    @Test
    void filtersAreTrimmedBlankOnesDroppedAndAnUnknownOutcomeIgnored() {
        EventQuery q = query(null, null, "DENIED", "a b");

        assertThat(q.targetType()).isEqualTo("case");
        assertThat(q.targetId()).isNull();
        assertThat(q.outcome()).isEqualTo("denied");
        assertThat(q.cursor()).isNull();
        assertThat(query(null, null, "maybe", null).outcome()).isNull();
    }

    @Test
    void theNextPageLinkCarriesTheRangeAndTheFilters() {
        EventQuery q = query("2026-11-01T00:00", "2026-11-02T00:00", "success", null);

        assertThat(q.nextPageLink("c2")).isEqualTo("/audit/events?from=2026-11-01T00%3A00&to=2026-11-02T00%3A00"
                + "&targetType=case&action=case.transition&outcome=success&cursor=c2");
    }
}
