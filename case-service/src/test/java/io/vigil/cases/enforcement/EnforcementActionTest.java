package io.vigil.cases.enforcement;

import static io.vigil.cases.enforcement.EnforcementFixtures.NOW;
import static io.vigil.cases.enforcement.EnforcementFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnforcementActionTest {

    @Test
    void anActionThatNeedsNoSecondPersonIsInForceAtOnce() {
        EnforcementAction warn = EnforcementFixtures.action(EnforcementType.WARN, "ivy", false);
        assertThat(warn.status()).isEqualTo(EnforcementStatus.ACTIVE);
        assertThat(warn.activatedAt()).isEqualTo(NOW);
        assertThat(warn.requested(move("ivy", "x", NOW)).to()).isEqualTo(EnforcementStatus.ACTIVE);
    }

    @Test
    void aSevereActionWaitsAndComesIntoForceWhenApproved() {
        EnforcementAction ban = EnforcementFixtures.action(EnforcementType.BAN, "ivy", true);
        assertThat(ban.status()).isEqualTo(EnforcementStatus.PENDING_APPROVAL);
        assertThat(ban.activatedAt()).isNull();
        EnforcementEvent approved = ban.approve(move("lena", "clear evidence", NOW.plusSeconds(600)));
        assertThat(approved.kind()).isEqualTo(EnforcementEventKind.APPROVED);
        assertThat(approved.from()).isEqualTo(EnforcementStatus.PENDING_APPROVAL);
        assertThat(ban.status()).isEqualTo(EnforcementStatus.ACTIVE);
        assertThat(ban.decidedBy()).isEqualTo("lena");
        assertThat(ban.activatedAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aRejectedActionNeverComesIntoForce() {
        EnforcementAction ban = EnforcementFixtures.action(EnforcementType.BAN, "ivy", true);
        ban.reject(move("lena", "not enough evidence", NOW));
        assertThat(ban.status()).isEqualTo(EnforcementStatus.REJECTED);
        assertThat(ban.activatedAt()).isNull();
        assertThat(ban.appealable()).isFalse();
        assertThatThrownBy(() -> ban.approve(move("leo", "late", NOW))).isInstanceOf(
                IllegalEnforcementStateException.class);
    }

    @Test
    void aDurationRunsFromApprovalWhenApprovalComesAfterTheRequestedStart() {
        EnforcementAction hold = EnforcementFixtures.request(EnforcementFixtures.order(EnforcementType.HOLD_PAYOUT,
                Optional.of(Duration.ofDays(7)), Optional.empty()), "ivy", true, EnforcementFixtures.counterfeit());
        assertThat(hold.expiresAt()).isEmpty();
        hold.approve(move("lena", "ok", NOW.plus(Duration.ofHours(5))));
        assertThat(hold.expiresAt()).contains(NOW.plus(Duration.ofHours(5)).plus(Duration.ofDays(7)));
    }

    @Test
    void aFutureStartDelaysTheEnd() {
        EnforcementAction suspend = EnforcementFixtures.request(EnforcementFixtures.order(EnforcementType.SUSPEND,
                Optional.of(Duration.ofDays(3)), Optional.of(NOW.plus(Duration.ofDays(1)))), "ivy", false,
                EnforcementFixtures.counterfeit());
        assertThat(suspend.inForceFrom()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(suspend.expiresAt()).contains(NOW.plus(Duration.ofDays(4)));
    }

    @Test
    void anActionRecordedAfterItWasAppliedRunsFromItsRequestedStart() {
        EnforcementAction suspend = EnforcementFixtures.request(EnforcementFixtures.order(EnforcementType.SUSPEND,
                Optional.of(Duration.ofDays(3)), Optional.of(NOW.minus(Duration.ofHours(2)))), "ivy", false,
                EnforcementFixtures.counterfeit());
        assertThat(suspend.inForceFrom()).isEqualTo(NOW.minus(Duration.ofHours(2)));
        assertThat(suspend.expiresAt()).contains(NOW.minus(Duration.ofHours(2)).plus(Duration.ofDays(3)));
    }

    @Test
    void aTemporaryActionExpiresOnlyOnceItsTimeIsUp() {
        EnforcementAction suspend = EnforcementFixtures.request(EnforcementFixtures.order(EnforcementType.SUSPEND,
                Optional.of(Duration.ofHours(1)), Optional.empty()), "ivy", false, EnforcementFixtures.counterfeit());
        assertThat(suspend.expireIfDue(move("system", "t", NOW.plusSeconds(3599)))).isEmpty();
        assertThat(suspend.expireIfDue(move("system", "t", NOW.plusSeconds(3600)))).isPresent();
        assertThat(suspend.status()).isEqualTo(EnforcementStatus.EXPIRED);
        assertThat(suspend.appealable()).isTrue();
    }

    @Test
    void aReversalRecordsWhoAndWhyAndIsFinal() {
        EnforcementAction warn = EnforcementFixtures.action(EnforcementType.WARN, "ivy", false);
        EnforcementEvent reversed = warn.reverse(move("lena", "wrong account", NOW), EnforcementEventKind.REVERSED);
        assertThat(reversed.to()).isEqualTo(EnforcementStatus.REVERSED);
        assertThat(warn.reversedBy()).isEqualTo("lena");
        assertThat(warn.reversalReason()).isEqualTo("wrong account");
        assertThatThrownBy(() -> warn.reverse(move("leo", "again", NOW), EnforcementEventKind.REVERSED))
                .isInstanceOf(IllegalEnforcementStateException.class);
    }

    @Test
    void theRequesterAndTheApproverAreTheOriginalDeciders() {
        EnforcementAction ban = EnforcementFixtures.action(EnforcementType.BAN, "ivy", true);
        ban.approve(move("lena", "ok", NOW));
        assertThat(ban.decidedBy("ivy")).isTrue();
        assertThat(ban.decidedBy("lena")).isTrue();
        assertThat(ban.decidedBy("leo")).isFalse();
    }
}
