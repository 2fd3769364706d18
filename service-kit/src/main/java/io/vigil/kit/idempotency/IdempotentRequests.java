package io.vigil.kit.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a creation once per (caller, endpoint, Idempotency-Key) and replays its first answer to every retry with the
 * same request for {@code retention}; the same key with another request is refused. Callers run it in one
 * transaction with the creation, so the work and its stored answer commit together or not at all, and a failure
 * stores nothing (a retry then tries again).
 */
public final class IdempotentRequests {

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;

    public IdempotentRequests(IdempotencyStore store, Clock clock, Duration retention) {
        this.store = store;
        this.clock = clock;
        this.retention = retention;
    }

    public StoredResponse once(String caller, String scope, Optional<String> idempotencyKey, String requestHash,
            Supplier<StoredResponse> work) {
        if (idempotencyKey.isEmpty()) {
            return work.get();
        }
        IdempotencyStore.RequestKey key = new IdempotencyStore.RequestKey(caller, scope,
                IdempotencyKeys.check(idempotencyKey.get()));
        store.lock(key);
        Instant now = clock.instant();
        store.forget(key, now.minus(retention));
        Optional<IdempotencyStore.Remembered> first = store.find(key);
        if (first.isPresent()) {
            if (!first.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            return first.get().response();
        }
        StoredResponse response = work.get();
        store.save(key, new IdempotencyStore.Remembered(requestHash, response, now));
        return response;
    }
}
