package io.vigil.cases.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.cases.Subject;
import io.vigil.cases.SubjectType;
import io.vigil.kit.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrikeTest {

    private static final Instant ISSUED = Instant.parse("2026-11-01T10:00:00Z");

    private static Strike strike(Duration lasts) {
        return new Strike(UUID.randomUUID(), UUID.randomUUID(), new Subject(SubjectType.ACCOUNT, "A-9"), "US",
                "counterfeit", 1, ISSUED, ISSUED.plus(lasts));
    }

    @Test
    void aStrikeCountsFromIssueUntilItExpires() {
        Strike strike = strike(Duration.ofDays(90));
        assertThat(strike.countsAt(ISSUED.minusSeconds(1))).isFalse();
        assertThat(strike.countsAt(ISSUED)).isTrue();
        assertThat(strike.countsAt(ISSUED.plus(Duration.ofDays(90)).minusSeconds(1))).isTrue();
        assertThat(strike.countsAt(ISSUED.plus(Duration.ofDays(90)))).isFalse();
    }

    @Test
    void aDismissedStrikeNeverCountsAgainAndIsDismissedOnce() {
        Strike strike = strike(Duration.ofDays(90));
        strike.dismiss("lena", "wrong account", ISSUED.plusSeconds(60));
        assertThat(strike.countsAt(ISSUED.plusSeconds(120))).isFalse();
        assertThat(strike.dismissedBy()).isEqualTo("lena");
        assertThatThrownBy(() -> strike.dismiss("leo", "again", ISSUED.plusSeconds(180)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.slug()).isEqualTo("strike-dismissed"));
    }

    @Test
    void aStrikeWeighsSomethingAndEndsAfterItBegins() {
        assertThatThrownBy(() -> new Strike(UUID.randomUUID(), UUID.randomUUID(),
                new Subject(SubjectType.ACCOUNT, "A-9"), "US", "p", 0, ISSUED, ISSUED.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> strike(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theActiveCountAddsTheWeightsOfCountingStrikesAndDrivesTheLadder() {
        Strike counting = strike(Duration.ofDays(90));
        Strike expired = strike(Duration.ofDays(1));
        Strike dismissed = strike(Duration.ofDays(90));
        dismissed.dismiss("lena", "wrong", ISSUED);
        Strike heavy = new Strike(UUID.randomUUID(), UUID.randomUUID(), new Subject(SubjectType.ACCOUNT, "A-9"), "US",
                "prohibited-items", 2, ISSUED, ISSUED.plus(Duration.ofDays(90)));
        SubjectStrikes record = SubjectStrikes.of(new Subject(SubjectType.ACCOUNT, "A-9"),
                java.util.List.of(counting, expired, dismissed, heavy), StrikeLadder.parse("1:warn,2:restrict,3:suspend,4:ban"),
                ISSUED.plus(Duration.ofDays(2)));
        assertThat(record.activeStrikes()).isEqualTo(3);
        assertThat(record.suggestedAction()).contains(EnforcementType.BAN);
    }
}
