package io.vigil.cases.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseSlaTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final SlaTargets P1 = new SlaTargets(Duration.ofHours(1), Duration.ofHours(24), 0.25);

    @Test
    void aFreshCaseIsOnTrackAndNextCheckedWhenFirstActionTurnsAtRisk() {
        CaseSla sla = CaseSla.start(P1, T0);
        assertThat(sla.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(sla.nextCheck()).contains(T0.plus(Duration.ofMinutes(45)));
    }

    @Test
    void aQuarterOfTheWindowLeftIsAtRiskAndTheDueTimeIsABreach() {
        CaseSla sla = CaseSla.start(P1, T0);
        sla.evaluate(T0.plus(Duration.ofMinutes(46)));
        assertThat(sla.state()).isEqualTo(SlaState.AT_RISK);
        sla.evaluate(T0.plus(Duration.ofMinutes(60)));
        assertThat(sla.state()).isEqualTo(SlaState.BREACHED);
        assertThat(sla.nextCheck()).isEmpty();
    }

    @Test
    void aTimelyFirstActionLeavesOnlyTheResolutionClock() {
        CaseSla sla = CaseSla.start(P1, T0);
        sla.recordFirstAction(T0.plus(Duration.ofMinutes(10)));
        sla.evaluate(T0.plus(Duration.ofHours(2)));
        assertThat(sla.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(sla.nextCheck()).contains(T0.plus(Duration.ofHours(18)));
    }

    @Test
    void waitingPausesTheClockAndMovesTheDueTimesByThePausedSpan() {
        CaseSla sla = CaseSla.start(P1, T0);
        sla.recordFirstAction(T0.plus(Duration.ofMinutes(5)));
        sla.pause(T0.plus(Duration.ofHours(1)));
        sla.evaluate(T0.plus(Duration.ofHours(30)));
        assertThat(sla.state()).isEqualTo(SlaState.ON_TRACK);
        sla.resume(T0.plus(Duration.ofHours(11)));
        assertThat(sla.resolutionDue()).isEqualTo(T0.plus(Duration.ofHours(34)));
    }

    @Test
    void aBreachStaysABreachAfterResolution() {
        CaseSla sla = CaseSla.start(P1, T0);
        sla.evaluate(T0.plus(Duration.ofHours(2)));
        sla.resolve(T0.plus(Duration.ofHours(3)));
        assertThat(sla.state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void resolvingInTimeMeetsTheSla() {
        CaseSla sla = CaseSla.start(P1, T0);
        sla.recordFirstAction(T0.plus(Duration.ofMinutes(1)));
        sla.resolve(T0.plus(Duration.ofHours(3)));
        assertThat(sla.state()).isEqualTo(SlaState.MET);
        assertThat(sla.nextCheck()).isEmpty();
    }
}
