package io.vigil.cases.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(1), 6);

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCeiling() {
        assertThat(schedule.after(1)).hasValue(Duration.ofSeconds(10));
        assertThat(schedule.after(2)).hasValue(Duration.ofSeconds(20));
        assertThat(schedule.after(3)).hasValue(Duration.ofSeconds(40));
        assertThat(schedule.after(4)).hasValue(Duration.ofMinutes(1));
        assertThat(schedule.after(5)).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void afterTheLastAttemptItGivesUp() {
        assertThat(schedule.after(6)).isEmpty();
    }

    @Test
    void manyFailuresNeverOverflow() {
        RetrySchedule patient = new RetrySchedule(Duration.ofSeconds(1), Duration.ofDays(1), Integer.MAX_VALUE);
        assertThat(patient.after(10_000)).hasValue(Duration.ofDays(1));
    }

    @Test
    void aScheduleNeedsAPositiveStartACeilingAboveItAndOneAttempt() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
