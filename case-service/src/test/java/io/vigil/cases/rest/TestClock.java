package io.vigil.cases.rest;

import io.quarkus.test.Mock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The test clock: real time plus an offset that tests only ever move forward, so SLA tests can jump hours ahead
 * while ids (UUIDv7) stay increasing for every other test sharing the application.
 */
@Singleton
public class TestClock {

    private static final Clock SHIFTED = new Shifted();
    private static volatile Duration offset = Duration.ZERO;

    @Produces
    @Mock
    @Singleton
    Clock clock() {
        return SHIFTED;
    }

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static Instant now() {
        return SHIFTED.instant();
    }

    private static final class Shifted extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
