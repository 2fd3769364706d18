package io.vigil.cases.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrikeLadderTest {

    private final StrikeLadder ladder = StrikeLadder.parse("1:warn,2:restrict,3:suspend,4:ban");

    @Test
    void aFirstViolationEarnsAWarning() {
        assertThat(ladder.nextActionFor(0)).contains(EnforcementType.WARN);
    }

    @Test
    void eachStrikeMovesTheNextViolationOneStepUp() {
        assertThat(ladder.nextActionFor(1)).contains(EnforcementType.RESTRICT);
        assertThat(ladder.nextActionFor(2)).contains(EnforcementType.SUSPEND);
        assertThat(ladder.nextActionFor(3)).contains(EnforcementType.BAN);
    }

    @Test
    void theTopStepCoversEveryCountAboveIt() {
        assertThat(ladder.nextActionFor(12)).contains(EnforcementType.BAN);
    }

    @Test
    void belowTheFirstStepThereIsNoSuggestion() {
        StrikeLadder lenient = StrikeLadder.parse("3:restrict, 5:ban");
        assertThat(lenient.nextActionFor(0)).isEmpty();
        assertThat(lenient.nextActionFor(2)).contains(EnforcementType.RESTRICT);
        assertThat(lenient.nextActionFor(3)).contains(EnforcementType.RESTRICT);
        assertThat(lenient.nextActionFor(4)).contains(EnforcementType.BAN);
    }

    @Test
    void aLadderItCannotReadStopsTheService() {
        assertThatThrownBy(() -> StrikeLadder.parse("1:warn,2:zap")).hasMessageContaining("'zap' is not an action type");
        assertThatThrownBy(() -> StrikeLadder.parse("warn")).hasMessageContaining("is not strikes:type");
        assertThatThrownBy(() -> StrikeLadder.parse("1:warn,1:ban")).hasMessageContaining("given twice");
    }
}
