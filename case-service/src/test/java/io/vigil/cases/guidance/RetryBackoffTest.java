package io.vigil.cases.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesWithEachFailure() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theWaitStopsAtItsCeilingEvenAfterVeryManyFailures() {
        assertThat(backoff.after(7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
