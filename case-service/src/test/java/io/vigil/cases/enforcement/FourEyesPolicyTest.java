package io.vigil.cases.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.vigil.kit.problem.ActionForbiddenException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FourEyesPolicyTest {

    private final FourEyesPolicy policy = new FourEyesPolicy(EnumSet.of(EnforcementType.BAN,
            EnforcementType.HOLD_PAYOUT), 10);

    @Test
    void severeTypesNeedApprovalWhateverTheirSize() {
        assertThat(policy.requiresApproval(EnforcementType.BAN, 1)).isTrue();
        assertThat(policy.requiresApproval(EnforcementType.HOLD_PAYOUT, 1)).isTrue();
        assertThat(policy.requiresApproval(EnforcementType.SUSPEND, 1)).isFalse();
    }

    @Test
    void moreSubjectsThanTheLimitNeedApprovalForAnyType() {
        assertThat(policy.requiresApproval(EnforcementType.WARN, 10)).isFalse();
        assertThat(policy.requiresApproval(EnforcementType.WARN, 11)).isTrue();
    }

    @Test
    void theRequesterMayNotDecideEvenAsALead() {
        EnforcementAction action = EnforcementFixtures.action(EnforcementType.BAN, "lena", true);
        assertThatThrownBy(() -> policy.checkDecider(action, "lena", true))
                .isInstanceOfSatisfying(ActionForbiddenException.class, e -> {
                    assertThat(e.slug()).isEqualTo("four-eyes");
                    assertThat(e.getMessage()).contains("lena requested this action");
                });
    }

    @Test
    void onlyALeadMayDecide() {
        EnforcementAction action = EnforcementFixtures.action(EnforcementType.BAN, "ivy", true);
        assertThatThrownBy(() -> policy.checkDecider(action, "ian", false))
                .isInstanceOfSatisfying(ActionForbiddenException.class, e -> assertThat(e.slug())
                        .isEqualTo("lead-required"));
        assertThatNoException().isThrownBy(() -> policy.checkDecider(action, "lena", true));
    }

    @Test
    void configuredTypesAreReadAsTheApiWritesThemAndTyposStopTheService() {
        FourEyesPolicy read = FourEyesPolicy.of(config(Set.of("ban", "HOLD_PAYOUT"), 5));
        assertThat(read.severeTypes()).containsExactlyInAnyOrder(EnforcementType.BAN, EnforcementType.HOLD_PAYOUT);
        assertThatThrownBy(() -> FourEyesPolicy.of(config(Set.of("bann"), 5)))
                .hasMessageContaining("'bann' is not an action type");
        assertThatThrownBy(() -> FourEyesPolicy.of(config(Set.of("ban"), 0))).hasMessageContaining("at least 1");
    }

    private static EnforcementConfig.FourEyes config(Set<String> types, int max) {
        return new EnforcementConfig.FourEyes() {
            @Override
            public Set<String> types() {
                return types;
            }

            @Override
            public int maxSubjects() {
                return max;
            }
        };
    }
}
