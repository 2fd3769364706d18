package io.vigil.sop.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.sop.tree.DecisionTree;
import io.vigil.sop.tree.TreeFixtures;
import org.junit.jupiter.api.Test;

class TreeDiffTest {

    private static DecisionTree tree(String json) {
        return TreeFixtures.compiler().compile(TreeFixtures.json(json)).tree();
    }

    private static final DecisionTree REFUND = tree(TreeFixtures.REFUND_TREE);

    @Test
    void aTreeComparedWithItselfHasNoDifferences() {
        assertThat(TreeDiff.of(REFUND, REFUND).isEmpty()).isTrue();
    }

    @Test
    void aChangedConditionNamesTheCaseAndBothExpressions() {
        DecisionTree stricter = tree(TreeFixtures.REFUND_TREE.replace("200.0", "100.0"));
        TreeDiff diff = TreeDiff.of(REFUND, stricter);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.node()).isEqualTo("value");
            assertThat(c.changes()).containsExactly(new TreeDiff.FieldChange("cases[0].when",
                    "order.amount > 200.0 && account.ageDays < 30", "order.amount > 100.0 && account.ageDays < 30"));
        });
    }

    @Test
    void anAddedOutcomeAndARetargetedAnswerAreBothReported() {
        DecisionTree withPartial = tree(TreeFixtures.REFUND_TREE
                .replace("{\"value\": \"no\", \"next\": \"refund\"}", "{\"value\": \"no\", \"next\": \"partial\"}")
                .replace("\"escalate\":  {", "\"partial\": {\"type\": \"outcome\", \"code\": \"REFUND_PARTIAL\"},"
                        + " \"escalate\":  {"));
        TreeDiff diff = TreeDiff.of(REFUND, withPartial);
        assertThat(diff.added()).containsExactly("partial");
        assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.changes())
                .containsExactly(new TreeDiff.FieldChange("answers.no", "refund", "partial")));
    }

    @Test
    void aRemovedNodeAndANewFactAreReported() {
        DecisionTree simpler = tree("""
                {"start": "delivered", "facts": {"order.amount": "double", "ticket.channel": "string"},
                 "nodes": {
                  "delivered": {"type": "question", "text": "Did the buyer receive the item?", "input": "delivered",
                                "answers": [{"value": "yes", "next": "refund"}, {"value": "no", "next": "refund"}]},
                  "refund": {"type": "outcome", "code": "REFUND_FULL", "automatable": true, "reply": "Refunded."}}}
                """);
        TreeDiff diff = TreeDiff.of(REFUND, simpler);
        assertThat(diff.removed()).containsExactly("value", "escalate");
        assertThat(diff.tree()).containsExactly(new TreeDiff.FieldChange("facts.account.ageDays", "int", null),
                new TreeDiff.FieldChange("facts.ticket.channel", null, "string"));
    }

    @Test
    void anOutcomeThatNoLongerHandsOverShowsTheFlag() {
        DecisionTree automated = tree(TreeFixtures.REFUND_TREE.replace("\"handover\": true", "\"handover\": false"));
        assertThat(TreeDiff.of(REFUND, automated).changed()).singleElement().satisfies(c -> assertThat(c.changes())
                .containsExactly(new TreeDiff.FieldChange("handover", "true", "false")));
    }
}
