package io.vigil.cases.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.cases.guidance.SopEvaluation.NextQuestion;
import io.vigil.cases.guidance.SopEvaluation.TreeOutcome;
import io.vigil.kit.problem.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuidanceWalkTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final SopGuidance SOP = new SopGuidance("shop.counterfeit", "Counterfeit", "shop", "counterfeit",
            3, NOW, "1. Check", null, null, null);
    private static final Position REPORTER = new Position(Position.Kind.QUESTION,
            new NextQuestion("reporter", "Who reported it?", "reporter", List.of("rights-owner", "user")), null, null,
            List.of());
    private static final Position MONITOR = new Position(Position.Kind.OUTCOME, null, null,
            new TreeOutcome("MONITOR_LISTING", true, false, null), List.of("reporter", "monitor"));

    private static GuidanceWalk atFirstQuestion() {
        return GuidanceWalk.begin(UUID.randomUUID(), SOP, REPORTER, "ivy", NOW);
    }

    @Test
    void aWalkIsPinnedToTheVersionItBeganOnAndWaitsOnTheFirstQuestion() {
        GuidanceWalk walk = atFirstQuestion();
        assertThat(walk.sopVersion()).isEqualTo(3);
        assertThat(walk.status()).isEqualTo(WalkStatus.WALKING);
        assertThat(walk.position().question().input()).isEqualTo("reporter");
    }

    @Test
    void anAnswerIsRecordedWithTheQuestionAsAskedAndWhoAnswered() {
        GuidanceWalk walk = atFirstQuestion();
        walk.checkAnswer("reporter", "user");
        walk.answer("user", "ivy", NOW);
        assertThat(walk.answered()).containsExactly(new AnsweredQuestion("reporter", "Who reported it?", "reporter",
                "user", "ivy", NOW));
        assertThat(walk.answersByInput()).containsExactly(Map.entry("reporter", "user"));
    }

    @Test
    void onlyTheQuestionAskedMayBeAnsweredAndOnlyWithAnOfferedAnswer() {
        GuidanceWalk walk = atFirstQuestion();
        assertThatThrownBy(() -> walk.checkAnswer("proof", "yes")).isInstanceOf(GuidanceConflictException.class)
                .hasMessageContaining("waits on the question reporter");
        assertThatThrownBy(() -> walk.checkAnswer("reporter", "police")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aFactTheTreeNeedsBlocksAnswersUntilGiven() {
        GuidanceWalk walk = atFirstQuestion();
        walk.moveTo(Position.needs("seller.priorStrikes", List.of("reporter")), NOW);
        assertThatThrownBy(() -> walk.checkAnswer("reporter", "user")).isInstanceOf(GuidanceConflictException.class)
                .hasMessageContaining("seller.priorStrikes");
        walk.addFacts(Map.of("seller.priorStrikes", 2));
        assertThat(walk.facts()).containsEntry("seller.priorStrikes", 2);
    }

    @Test
    void theFinalOutcomeIsRecordedOnlyAfterTheTreeDecidedAndOnlyOnce() {
        GuidanceWalk walk = atFirstQuestion();
        assertThatThrownBy(() -> walk.decide("BAN", "ivy", NOW)).isInstanceOf(GuidanceConflictException.class)
                .hasMessageContaining("not reached an outcome");
        walk.moveTo(MONITOR, NOW);
        assertThat(walk.status()).isEqualTo(WalkStatus.OUTCOME_REACHED);
        walk.decide("DELIST_AND_STRIKE", "lena", NOW);
        assertThat(walk.status()).isEqualTo(WalkStatus.DECIDED);
        assertThat(walk.humanOutcome()).contains("DELIST_AND_STRIKE");
        assertThat(walk.treeOutcome()).map(TreeOutcome::code).contains("MONITOR_LISTING");
        assertThatThrownBy(() -> walk.decide("NO_ACTION", "lena", NOW)).isInstanceOf(GuidanceConflictException.class)
                .hasMessageContaining("final outcome of this walk is recorded");
    }

    @Test
    void aDecidedWalkQueuesARecordOfTheTreesOutcomeAgainstTheHumanOne() {
        GuidanceWalk walk = atFirstQuestion();
        walk.moveTo(MONITOR, NOW);
        walk.decide("DELIST_AND_STRIKE", "lena", NOW);
        DecisionRecord record = DecisionRecord.queue(UUID.randomUUID(), walk, NOW);
        assertThat(record.ticketId()).isEqualTo("case:" + walk.caseId());
        assertThat(record.treeOutcome()).isEqualTo("MONITOR_LISTING");
        assertThat(record.humanOutcome()).isEqualTo("DELIST_AND_STRIKE");
        assertThat(record.sopVersion()).isEqualTo(3);
        assertThat(record.deliveredAt()).isEmpty();
    }
}
