package io.vigil.cases.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff for webhook redelivery: the wait doubles after each failed attempt up to a ceiling, and
 * after {@code maxAttempts} attempts the notification is given up, so a dead receiver is not called forever.
 */
public record RetrySchedule(Duration initial, Duration max, int maxAttempts) {

    public RetrySchedule {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and at least one attempt");
        }
    }

    /** The wait before the next attempt once {@code attempts} have failed, or empty when it is time to give up. */
    public Optional<Duration> after(int attempts) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        // Past 2^20 the product would only exceed any sane ceiling; stop doubling before it can overflow.
        Duration wait = initial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}
