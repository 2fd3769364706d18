package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Links;
import io.vigil.console.format.Times;
import java.time.Instant;

/** An SOP whose periodic review is due, as sop-service lists it. */
@RegisterForReflection
public record ReviewDue(String key, String title, String owner, int reviewIntervalDays, Instant lastReviewedAt,
        Instant dueAt, long overdueDays) {

    public String lastReviewed() {
        return lastReviewedAt == null ? "never published" : Times.utc(lastReviewedAt);
    }

    public String link() {
        return "/sops/" + Links.segment(key);
    }

    public String due() {
        return Times.utc(dueAt);
    }
}
