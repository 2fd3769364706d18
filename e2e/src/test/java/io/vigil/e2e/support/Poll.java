package io.vigil.e2e.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asks again until an answer satisfies a condition or time is up; for effects that arrive asynchronously. */
public final class Poll {

    private Poll() {
    }

    /** The first answer that satisfies {@code done}; fails with the last answer after {@code within}. */
    public static <T> T until(Duration within, Supplier<T> ask, Predicate<T> done) {
        Instant deadline = Instant.now().plus(within);
        T answer = ask.get();
        while (!done.test(answer)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not there after " + within + "; last answer:\n" + answer);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = ask.get();
        }
        return answer;
    }
}
