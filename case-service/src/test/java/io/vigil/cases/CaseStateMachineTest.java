package io.vigil.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseStateMachineTest {

    @Test
    void theHappyPathOfDesignSectionFourIsAllowed() {
        List<CaseStatus> path = List.of(CaseStatus.NEW, CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS,
                CaseStatus.WAITING, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED,
                CaseStatus.REOPENED, CaseStatus.IN_PROGRESS);
        for (int i = 1; i < path.size(); i++) {
            assertThat(CaseStateMachine.allows(path.get(i - 1), path.get(i))).as(path.get(i - 1) + "->" + path.get(i))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"NEW", "TRIAGED", "IN_PROGRESS", "WAITING", "REOPENED"})
    void everyOpenStateMayEscalate(CaseStatus open) {
        assertThat(CaseStateMachine.allows(open, CaseStatus.ESCALATED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"RESOLVED", "CLOSED"})
    void closedStatesCanOnlyBeReopenedOrClosed(CaseStatus done) {
        assertThat(CaseStateMachine.allows(done, CaseStatus.ESCALATED)).isFalse();
        assertThat(CaseStateMachine.allows(done, CaseStatus.REOPENED)).isTrue();
    }

    @Test
    void anIllegalMoveNamesTheAllowedOnes() {
        assertThatThrownBy(() -> CaseStateMachine.check(CaseStatus.NEW, CaseStatus.RESOLVED))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .satisfies(e -> assertThat(((IllegalCaseTransitionException) e).extensions().get("allowed"))
                        .isEqualTo(List.of("ESCALATED", "TRIAGED")));
    }

    @Test
    void noStatusMayFollowItself() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(CaseStateMachine.allows(status, status)).as(status.name()).isFalse();
        }
    }
}
