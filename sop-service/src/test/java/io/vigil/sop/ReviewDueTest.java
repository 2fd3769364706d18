package io.vigil.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewDueTest {

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    private static Sop sop(int intervalDays) {
        Sop sop = Sop.define(UUID.randomUUID(), new SopDefinition("shop.x", "X", "shop", "x", List.of("lead")),
                "sam", CREATED);
        sop.govern(new Governance(List.of("lead"), intervalDays, List.of(), List.of(LegalBasis.GDPR)), CREATED);
        return sop;
    }

    @Test
    void anSopNeverPublishedIsDueAnIntervalAfterItWasCreated() {
        ReviewDue due = ReviewDue.of(sop(90), null, CREATED.plus(Duration.ofDays(100))).orElseThrow();
        assertThat(due.dueAt()).isEqualTo(CREATED.plus(Duration.ofDays(90)));
        assertThat(due.overdueDays()).isEqualTo(10);
    }

    @Test
    void aPublicationRestartsTheReviewClock() {
        Instant published = CREATED.plus(Duration.ofDays(80));
        assertThat(ReviewDue.of(sop(90), published, CREATED.plus(Duration.ofDays(100)))).isEmpty();
    }
}
