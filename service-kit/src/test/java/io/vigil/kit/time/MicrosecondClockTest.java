package io.vigil.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    @Test
    void instantsLoseTheirNanosecondsButKeepTheirMicroseconds() {
        Clock clock = new MicrosecondClock(Clock.fixed(Instant.parse("2026-11-23T10:00:00.123456789Z"), ZoneOffset.UTC));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123Z").toEpochMilli());
    }
}
