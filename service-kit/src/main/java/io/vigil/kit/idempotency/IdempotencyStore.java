package io.vigil.kit.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Where a service keeps first answers; every method runs in the caller's transaction. */
public interface IdempotencyStore {

    /** Holds until the transaction ends, so a concurrent retry of the same key waits for the first attempt. */
    void lock(RequestKey key);

    Optional<Remembered> find(RequestKey key);

    void save(RequestKey key, Remembered remembered);

    /** Forgets what was stored before {@code before}; a key seen again after that counts as new. */
    void forget(RequestKey key, Instant before);

    /** Keys are per caller and per endpoint, so one client's key never answers another's request. */
    record RequestKey(String caller, String scope, String key) {
    }

    /** The fingerprint of the first request, its answer, and when it was answered. */
    record Remembered(String requestHash, StoredResponse response, Instant at) {
    }
}
