package io.vigil.cases.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SopStepsTest {

    @Test
    void numberedStepsBecomeOneItemEach() {
        assertThat(SopSteps.items("1. Identify the reporter.\n2. Require proof.\n3. Delist and strike."))
                .containsExactly("Identify the reporter.", "Require proof.", "Delist and strike.");
    }

    @Test
    void continuationLinesJoinTheirItemAndTextBeforeTheListIsLeftOut() {
        assertThat(SopSteps.items("Steps for refunds:\n\n- Check delivery\n  with the carrier's tracking\n"
                + "* Refund in full\n10) Tell the buyer"))
                .containsExactly("Check delivery with the carrier's tracking", "Refund in full", "Tell the buyer");
    }

    @Test
    void withoutListMarkersEachParagraphIsAStep() {
        assertThat(SopSteps.items("Check the listing photos\nagainst the brand's catalogue.\n\nAsk the seller."))
                .containsExactly("Check the listing photos against the brand's catalogue.", "Ask the seller.");
    }

    @Test
    void emptyStepsGiveNothing() {
        assertThat(SopSteps.items("  \n")).isEmpty();
        assertThat(SopSteps.items(null)).isEmpty();
    }

    @Test
    void aVeryLongStepIsCutToATaskTitle() {
        assertThat(SopSteps.items("1. " + "x".repeat(900)).get(0)).hasSize(500).endsWith("…");
    }
}
