package io.vigil.audit.client;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff for redelivery: the wait doubles with each consecutive failure up to a ceiling, so a
 * down audit-service is not hammered while a short blip costs about a second. Not thread-safe; the relay
 * never runs concurrently with itself.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int failures;
    private Instant notBefore = Instant.MIN;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    boolean ready(Instant now) {
        return !now.isBefore(notBefore);
    }

    /** Records a failure at {@code now} and returns how long to wait before the next attempt. */
    Duration failed(Instant now) {
        failures++;
        Duration wait = delay(failures);
        notBefore = now.plus(wait);
        return wait;
    }

    void succeeded() {
        failures = 0;
        notBefore = Instant.MIN;
    }

    private Duration delay(int attempt) {
        // Past 2^20 the product would only exceed any sane ceiling; stop doubling before it can overflow.
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration wait = initial.multipliedBy(factor);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
