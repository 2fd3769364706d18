package io.vigil.kit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kit.problem.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final MemoryStore store = new MemoryStore();
    private final AtomicInteger created = new AtomicInteger();

    private StoredResponse create() {
        int n = created.incrementAndGet();
        return new StoredResponse(201, "{\"n\":" + n + "}", "/things/" + n, "\"0\"");
    }

    private IdempotentRequests at(Instant now) {
        return new IdempotentRequests(store, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(24));
    }

    @Test
    void aRetryWithTheSameKeyAndRequestGetsTheFirstAnswerAndCreatesNothing() {
        StoredResponse first = at(NOW).once("ivy", "POST /things", Optional.of("k1"), "h1", this::create);
        StoredResponse again = at(NOW.plusSeconds(60)).once("ivy", "POST /things", Optional.of("k1"), "h1",
                this::create);
        assertThat(again).isEqualTo(first);
        assertThat(created).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        at(NOW).once("ivy", "POST /things", Optional.of("k1"), "h1", this::create);
        assertThatThrownBy(() -> at(NOW).once("ivy", "POST /things", Optional.of("k1"), "h2", this::create))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(created).hasValue(1);
    }

    @Test
    void keysArePerCallerAndPerEndpoint() {
        at(NOW).once("ivy", "POST /things", Optional.of("k1"), "h1", this::create);
        at(NOW).once("ian", "POST /things", Optional.of("k1"), "h1", this::create);
        at(NOW).once("ivy", "POST /others", Optional.of("k1"), "h1", this::create);
        assertThat(created).hasValue(3);
    }

    @Test
    void aKeyIsKeptForTheRetentionPeriodAndForgottenAfterwards() {
        at(NOW).once("ivy", "POST /things", Optional.of("k1"), "h1", this::create);
        at(NOW.plus(Duration.ofHours(24)).minusSeconds(1)).once("ivy", "POST /things", Optional.of("k1"), "h1",
                this::create);
        assertThat(created).hasValue(1);
        at(NOW.plus(Duration.ofHours(24)).plusSeconds(1)).once("ivy", "POST /things", Optional.of("k1"), "h2",
                this::create);
        assertThat(created).hasValue(2);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        at(NOW).once("ivy", "POST /things", Optional.empty(), "h1", this::create);
        at(NOW).once("ivy", "POST /things", Optional.empty(), "h1", this::create);
        assertThat(created).hasValue(2);
    }

    @Test
    void aKeyOfInvisibleOrTooManyCharactersIsABadRequest() {
        assertThatThrownBy(() -> at(NOW).once("ivy", "POST /things", Optional.of("a b"), "h1", this::create))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> at(NOW).once("ivy", "POST /things", Optional.of("x".repeat(201)), "h1",
                this::create)).isInstanceOf(InvalidRequestException.class);
        assertThat(created).hasValue(0);
    }

    private static final class MemoryStore implements IdempotencyStore {

        private final Map<RequestKey, Remembered> rows = new HashMap<>();

        @Override
        public void lock(RequestKey key) {
        }

        @Override
        public Optional<Remembered> find(RequestKey key) {
            return Optional.ofNullable(rows.get(key));
        }

        @Override
        public void save(RequestKey key, Remembered remembered) {
            rows.put(key, remembered);
        }

        @Override
        public void forget(RequestKey key, Instant before) {
            rows.values().removeIf(r -> r.at().isBefore(before));
        }
    }
}
