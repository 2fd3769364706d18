package io.vigil.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An SOP whose periodic review is due: reviewed means a version of it was published, so the clock runs from
 * the latest publication (or from the SOP's creation when nothing was ever published).
 */
@RegisterForReflection
public record ReviewDue(String key, String title, String owner, int reviewIntervalDays, Instant lastReviewedAt,
        Instant dueAt, long overdueDays) {

    public static Optional<ReviewDue> of(Sop sop, Instant lastPublished, Instant now) {
        Instant last = lastPublished != null ? lastPublished : sop.createdAt();
        Instant due = last.plus(Duration.ofDays(sop.governance().reviewIntervalDays()));
        if (due.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new ReviewDue(sop.key(), sop.title(), sop.owner(),
                sop.governance().reviewIntervalDays(), lastPublished, due, Duration.between(due, now).toDays()));
    }
}
