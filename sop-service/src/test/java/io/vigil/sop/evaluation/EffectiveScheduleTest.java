package io.vigil.sop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.sop.tree.TreeFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveScheduleTest {

    private static final Instant FIRST = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant SWITCH = Instant.parse("2026-12-01T00:00:00Z");
    private static final CompiledVersion ONE = new CompiledVersion(1, TreeFixtures.refundTree());
    private static final CompiledVersion TWO = new CompiledVersion(2, TreeFixtures.refundTree());

    /** Version 1 in effect, version 2 scheduled: as publishing with a future effectiveFrom leaves them. */
    private static final EffectiveSchedule SCHEDULED = new EffectiveSchedule(List.of(
            new EffectiveSchedule.Window(SWITCH, null, TWO), new EffectiveSchedule.Window(FIRST, SWITCH, ONE)));

    @Test
    void theOlderVersionRulesUntilTheInstantTheScheduledOneTakesOver() {
        assertThat(SCHEDULED.at(SWITCH.minusNanos(1_000))).contains(ONE);
        assertThat(SCHEDULED.at(SWITCH)).contains(TWO);
        assertThat(SCHEDULED.at(SWITCH.plusSeconds(86_400 * 365))).contains(TWO);
    }

    @Test
    void nothingIsInEffectBeforeTheFirstPublication() {
        assertThat(SCHEDULED.at(FIRST.minusNanos(1_000))).isEmpty();
        assertThat(SCHEDULED.at(FIRST)).contains(ONE);
    }

    @Test
    void anSopWithNothingPublishedHasNothingInEffect() {
        assertThat(new EffectiveSchedule(List.of()).at(SWITCH)).isEmpty();
    }
}
