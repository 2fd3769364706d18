package io.vigil.cases.guidance;

import java.time.Duration;

/** The wait before the next delivery of a record after {@code failures} failed ones: doubling, capped. */
record RetryBackoff(Duration initial, Duration max) {

    Duration after(int failures) {
        // past 2^20 the product only exceeds any sane ceiling; stop doubling before it can overflow
        long factor = 1L << Math.min(Math.max(failures, 1) - 1, 20);
        Duration wait = initial.multipliedBy(factor);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
