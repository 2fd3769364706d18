package io.vigil.audit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Instant now = Instant.parse("2026-11-23T12:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void theWaitDoublesWithEachFailureUpToTheCeiling() {
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 60; i++) {
            backoff.failed(now);
        }
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theRelayWaitsUntilTheBackoffHasPassed() {
        backoff.failed(now);
        backoff.failed(now);

        assertThat(backoff.ready(now.plusMillis(1999))).isFalse();
        assertThat(backoff.ready(now.plusSeconds(2))).isTrue();
    }

    @Test
    void aSuccessResetsTheWait() {
        backoff.failed(now);
        backoff.failed(now);
        backoff.succeeded();

        assertThat(backoff.ready(now)).isTrue();
        assertThat(backoff.failed(now)).isEqualTo(Duration.ofSeconds(1));
    }
}
