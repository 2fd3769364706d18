package io.vigil.cases.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnforcementStateMachineTest {

    @Test
    void aPendingActionIsApprovedOrRejectedAndNothingElse() {
        assertThat(EnforcementStateMachine.allowedFrom(EnforcementStatus.PENDING_APPROVAL))
                .containsExactlyInAnyOrder(EnforcementStatus.ACTIVE, EnforcementStatus.REJECTED);
    }

    @Test
    void anActiveActionIsReversedOrRunsOut() {
        assertThat(EnforcementStateMachine.allowedFrom(EnforcementStatus.ACTIVE))
                .containsExactlyInAnyOrder(EnforcementStatus.REVERSED, EnforcementStatus.EXPIRED);
    }

    @Test
    void anExpiredActionCanStillBeReversedSoALateAppealCorrectsTheRecord() {
        assertThat(EnforcementStateMachine.allows(EnforcementStatus.EXPIRED, EnforcementStatus.REVERSED)).isTrue();
        assertThat(EnforcementStateMachine.allows(EnforcementStatus.EXPIRED, EnforcementStatus.ACTIVE)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = EnforcementStatus.class, names = {"REJECTED", "REVERSED"})
    void rejectedAndReversedAreFinal(EnforcementStatus done) {
        assertThat(EnforcementStateMachine.allowedFrom(done)).isEmpty();
    }

    @Test
    void approvingAnActiveActionIsAConflictNamingWhatMayFollow() {
        assertThatThrownBy(() -> EnforcementStateMachine.check(EnforcementStatus.ACTIVE, EnforcementStatus.ACTIVE))
                .isInstanceOfSatisfying(IllegalEnforcementStateException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.extensions()).containsEntry("status", "ACTIVE")
                            .containsEntry("allowed", java.util.List.of("EXPIRED", "REVERSED"));
                });
    }

    @Test
    void aFinalStatusSaysItIsFinal() {
        assertThatThrownBy(() -> EnforcementStateMachine.check(EnforcementStatus.REVERSED, EnforcementStatus.ACTIVE))
                .hasMessageContaining("it is final");
    }
}
