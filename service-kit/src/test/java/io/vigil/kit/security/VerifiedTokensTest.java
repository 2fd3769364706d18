package io.vigil.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);

    private VerifiedTokens<String> tokens(int maxSize) {
        return new VerifiedTokens<>(maxSize, Duration.ofMinutes(5), clock);
    }

    @Test
    void aRememberedTokenIsFoundAgain() {
        VerifiedTokens<String> tokens = tokens(10);
        tokens.remember("a.b.c", NOW.plusSeconds(60).getEpochSecond(), "ivy");
        assertThat(tokens.find("a.b.c")).contains("ivy");
    }

    @Test
    void aTokenDifferingInOneByteIsNotFound() {
        VerifiedTokens<String> tokens = tokens(10);
        tokens.remember("a.b.c", NOW.plusSeconds(60).getEpochSecond(), "ivy");
        assertThat(tokens.find("a.b.d")).isEmpty();
    }

    @Test
    void anEntryEndsAtTheTokensExpiry() {
        VerifiedTokens<String> tokens = tokens(10);
        tokens.remember("a.b.c", NOW.plusSeconds(60).getEpochSecond(), "ivy");
        clock.set(NOW.plusSeconds(59));
        assertThat(tokens.find("a.b.c")).contains("ivy");
        clock.set(NOW.plusSeconds(60));
        assertThat(tokens.find("a.b.c")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anEntryEndsAfterTheLongestTimeToLiveEvenWhenTheTokenLivesLonger() {
        VerifiedTokens<String> tokens = tokens(10);
        tokens.remember("a.b.c", NOW.plusSeconds(3600).getEpochSecond(), "ivy");
        clock.set(NOW.plus(Duration.ofMinutes(5)));
        assertThat(tokens.find("a.b.c")).isEmpty();
    }

    @Test
    void anExpiredTokenIsNeverRemembered() {
        VerifiedTokens<String> tokens = tokens(10);
        tokens.remember("a.b.c", NOW.minusSeconds(1).getEpochSecond(), "ivy");
        assertThat(tokens.find("a.b.c")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aFullCacheDropsExpiredEntriesToMakeRoom() {
        VerifiedTokens<String> tokens = tokens(2);
        tokens.remember("one", NOW.plusSeconds(10).getEpochSecond(), "1");
        tokens.remember("two", NOW.plusSeconds(100).getEpochSecond(), "2");
        clock.set(NOW.plusSeconds(10));
        tokens.remember("three", NOW.plusSeconds(100).getEpochSecond(), "3");
        assertThat(tokens.find("three")).contains("3");
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void aFullCacheOfLiveEntriesKeepsNoNewOne() {
        VerifiedTokens<String> tokens = tokens(2);
        tokens.remember("one", NOW.plusSeconds(100).getEpochSecond(), "1");
        tokens.remember("two", NOW.plusSeconds(100).getEpochSecond(), "2");
        tokens.remember("three", NOW.plusSeconds(100).getEpochSecond(), "3");
        assertThat(tokens.find("three")).isEmpty();
        assertThat(tokens.find("one")).contains("1");
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void aCacheOfSizeZeroKeepsNothing() {
        VerifiedTokens<String> tokens = tokens(0);
        tokens.remember("one", NOW.plusSeconds(100).getEpochSecond(), "1");
        assertThat(tokens.find("one")).isEmpty();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
