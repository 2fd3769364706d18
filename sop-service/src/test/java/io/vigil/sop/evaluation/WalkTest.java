package io.vigil.sop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.sop.tree.CelLimits;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.ConditionCompiler;
import io.vigil.sop.tree.TreeCompiler;
import io.vigil.sop.tree.TreeFixtures;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every path of the refund tree of DESIGN.md section 5, and every way a request can be wrong. */
class WalkTest {

    private static final CompiledTree REFUND = TreeFixtures.refundTree();

    private static Map<String, Object> order(Object amount, Object ageDays) {
        return Map.of("order", Map.of("amount", amount), "account", Map.of("ageDays", ageDays));
    }

    @Nested
    class EveryPath {

        @Test
        void anUndeliveredItemIsRefundedWithoutLookingAtFacts() {
            Evaluation walk = Walk.of(REFUND, Map.of(), Map.of("delivered", "no"));
            assertThat(walk.outcome().code()).isEqualTo("REFUND_FULL");
            assertThat(walk.path()).containsExactly("delivered", "refund");
        }

        @Test
        void aBigOrderFromANewAccountGoesToAHuman() {
            Evaluation walk = Walk.of(REFUND, order(250.0, 3), Map.of("delivered", "yes"));
            assertThat(walk.outcome().code()).isEqualTo("HUMAN_REVIEW");
            assertThat(walk.outcome().handover()).isTrue();
            assertThat(walk.path()).containsExactly("delivered", "value", "escalate");
        }

        @Test
        void aBigOrderFromAnOldAccountIsRefunded() {
            Evaluation walk = Walk.of(REFUND, order(250.0, 400), Map.of("delivered", "yes"));
            assertThat(walk.outcome().code()).isEqualTo("REFUND_FULL");
            assertThat(walk.path()).containsExactly("delivered", "value", "refund");
        }

        @Test
        void aSmallOrderFromANewAccountIsRefunded() {
            assertThat(Walk.of(REFUND, order(20.0, 3), Map.of("delivered", "yes")).outcome().code())
                    .isEqualTo("REFUND_FULL");
        }

        @Test
        void exactlyTwoHundredIsNotABigOrder() {
            assertThat(Walk.of(REFUND, order(200, 3), Map.of("delivered", "yes")).outcome().code())
                    .isEqualTo("REFUND_FULL");
        }

        @Test
        void withoutAnswersTheFirstQuestionIsNext() {
            Evaluation walk = Walk.of(REFUND, Map.of(), Map.of());
            assertThat(walk.outcome()).isNull();
            assertThat(walk.next().node()).isEqualTo("delivered");
            assertThat(walk.next().answers()).containsExactly("yes", "no");
            assertThat(walk.path()).isEmpty();
        }

        @Test
        void flatDottedFactsWorkToo() {
            Map<String, Object> facts = Map.of("order.amount", 900.5, "account.ageDays", 1);
            assertThat(Walk.of(REFUND, facts, Map.of("delivered", "yes")).outcome().code()).isEqualTo("HUMAN_REVIEW");
        }
    }

    @Nested
    class BadInput {

        @Test
        void anAnswerThatIsNotOfferedIsNamed() {
            assertThatThrownBy(() -> Walk.of(REFUND, Map.of(), Map.of("delivered", "maybe")))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("answers.delivered: 'maybe' is not one of: yes, no");
        }

        @Test
        void aMissingFactIsNamedWithTheNodeThatNeedsIt() {
            assertThatThrownBy(() -> Walk.of(REFUND, Map.of("order", Map.of("amount", 250.0)),
                    Map.of("delivered", "yes")))
                    .hasMessage("facts.account.ageDays: is needed by node 'value'");
        }

        @Test
        void aFactOfTheWrongTypeIsNamed() {
            assertThatThrownBy(() -> Walk.of(REFUND, order("lots", 3), Map.of("delivered", "yes")))
                    .hasMessage("facts.order.amount: must be of type double");
        }

        @Test
        void aFractionalAgeIsNotAnInt() {
            assertThatThrownBy(() -> Walk.of(REFUND, order(250.0, 3.5), Map.of("delivered", "yes")))
                    .hasMessage("facts.account.ageDays: must be of type int");
        }
    }

    /** The sandbox: a condition and a whole walk stop at their step budgets, so any thread may run a walk. */
    @Nested
    class Budget {

        private static CompiledTree compiled(String tree, CelLimits limits) {
            return new TreeCompiler(new ConditionCompiler(limits)).compile(TreeFixtures.json(tree));
        }

        /** A chain of {@code n} conditions, each {@code x > i}, ending in one outcome. */
        private static String chain(int n) {
            StringBuilder nodes = new StringBuilder();
            for (int i = 0; i < n; i++) {
                nodes.append("\"c%d\": {\"type\": \"condition\", \"cases\": [{\"when\": \"x > %d\", \"next\": \"%s\"}],"
                        .formatted(i, -i, i + 1 < n ? "c" + (i + 1) : "done"))
                        .append(" \"otherwise\": \"done\"}, ");
            }
            return "{\"start\": \"c0\", \"facts\": {\"x\": \"int\"}, \"nodes\": {" + nodes
                    + "\"done\": {\"type\": \"outcome\", \"code\": \"DONE\"}}}";
        }

        @Test
        void aConditionStopsAtItsStepBudget() {
            CompiledTree tight = compiled(TreeFixtures.REFUND_TREE, new CelLimits(500, 3, 2_000, 250_000_000L));
            assertThatThrownBy(() -> Walk.of(tight, order(250.0, 3), Map.of("delivered", "yes")))
                    .isInstanceOf(ConditionFailedProblem.class)
                    .hasMessageContaining("node 'value' case 0 exceeded its budget of 3 steps");
        }

        @Test
        void aLongWalkStopsAtTheWalkBudgetThoughEachConditionIsCheap() {
            CelLimits limits = new CelLimits(500, 200, 30, 250_000_000L);
            CompiledTree longChain = compiled(chain(20), limits);
            assertThatThrownBy(() -> Walk.of(longChain, Map.of("x", 1), Map.of()))
                    .isInstanceOf(ConditionFailedProblem.class).hasMessageContaining("30 for the whole walk");
            assertThat(Walk.of(compiled(chain(5), limits), Map.of("x", 1), Map.of()).outcome().code())
                    .isEqualTo("DONE");
        }

        @Test
        void eachWalkStartsWithAFullBudget() {
            CompiledTree shortChain = compiled(chain(5), new CelLimits(500, 200, 30, 250_000_000L));
            for (int i = 0; i < 3; i++) {
                assertThat(Walk.of(shortChain, Map.of("x", 1), Map.of()).path()).hasSize(6);
            }
        }
    }
}
