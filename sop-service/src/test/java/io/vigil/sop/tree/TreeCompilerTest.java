package io.vigil.sop.tree;

import static io.vigil.sop.tree.TreeFixtures.REFUND_TREE;
import static io.vigil.sop.tree.TreeFixtures.compiler;
import static io.vigil.sop.tree.TreeFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kit.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TreeCompilerTest {

    private static List<FieldError> errorsOf(String tree) {
        try {
            compiler().compile(json(tree));
        } catch (InvalidTreeException e) {
            return e.errors();
        }
        throw new AssertionError("the tree compiled");
    }

    private static FieldError onlyErrorOf(String tree) {
        List<FieldError> errors = errorsOf(tree);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void theRefundTreeOfTheDesignCompiles() {
        CompiledTree tree = compiler().compile(json(REFUND_TREE));
        assertThat(tree.tree().nodes()).containsOnlyKeys("delivered", "value", "refund", "escalate");
        assertThat(tree.conditions().get("value")).singleElement()
                .satisfies(c -> assertThat(c.facts()).containsExactly("order.amount", "account.ageDays"));
    }

    @Nested
    class Structure {

        @Test
        void aMissingStartIsNamed() {
            assertThat(onlyErrorOf(REFUND_TREE.replace("\"start\": \"delivered\",", "")).field())
                    .isEqualTo("decisionTree.start");
        }

        @Test
        void aStartThatNamesNoNodeIsNamed() {
            assertThat(onlyErrorOf(REFUND_TREE.replace("\"start\": \"delivered\"", "\"start\": \"begin\"")))
                    .isEqualTo(new FieldError("decisionTree.start", "names no node 'begin'"));
        }

        @Test
        void anAnswerLeadingNowhereIsNamed() {
            assertThat(onlyErrorOf(REFUND_TREE.replace("\"next\": \"refund\"}]", "\"next\": \"refnud\"}]")))
                    .isEqualTo(new FieldError("decisionTree.nodes.delivered.answers[1].next", "names no node 'refnud'"));
        }

        @Test
        void anUnreachableNodeIsNamed() {
            String tree = REFUND_TREE.replace("\"escalate\":  {", "\"orphan\": {\"type\": \"outcome\", \"code\": \"X\"},"
                    + " \"escalate\":  {");
            assertThat(onlyErrorOf(tree).field()).isEqualTo("decisionTree.nodes.orphan");
        }

        @Test
        void aCycleIsNamedWithItsPath() {
            String tree = REFUND_TREE.replace("\"otherwise\": \"refund\"", "\"otherwise\": \"delivered\"");
            FieldError error = onlyErrorOf(tree);
            assertThat(error.field()).isEqualTo("decisionTree.nodes.value");
            assertThat(error.message()).contains("delivered -> value -> delivered");
        }

        @Test
        void aRepeatedAnswerIsNamed() {
            assertThat(onlyErrorOf(REFUND_TREE.replace("{\"value\": \"no\"", "{\"value\": \"yes\"")).field())
                    .isEqualTo("decisionTree.nodes.delivered.answers[1].value");
        }

        @Test
        void aQuestionWithoutAnswersIsADeadEnd() {
            String tree = REFUND_TREE.replace(
                    "[{\"value\": \"yes\", \"next\": \"value\"}, {\"value\": \"no\", \"next\": \"refund\"}]", "[]");
            assertThat(errorsOf(tree)).extracting(FieldError::field).contains("decisionTree.nodes.delivered.answers");
        }

        @Test
        void aConditionWithoutOtherwiseIsADeadEnd() {
            assertThat(onlyErrorOf(REFUND_TREE.replace("\"otherwise\": \"refund\"", "\"otherwise\": \"\"")).field())
                    .isEqualTo("decisionTree.nodes.value.otherwise");
        }

        @Test
        void anUnknownNodeTypeIsNamed() {
            assertThat(errorsOf(REFUND_TREE.replace("\"type\": \"outcome\", \"code\": \"HUMAN_REVIEW\"",
                    "\"type\": \"handover\", \"code\": \"HUMAN_REVIEW\""))).extracting(FieldError::field)
                    .contains("decisionTree.nodes.escalate.type");
        }

        @Test
        void anOutcomeWithoutACodeIsNamed() {
            assertThat(onlyErrorOf(REFUND_TREE.replace("\"code\": \"HUMAN_REVIEW\", ", "")).field())
                    .isEqualTo("decisionTree.nodes.escalate.code");
        }

        @Test
        void aTreeThatIsNotAnObjectIsNamed() {
            assertThat(errorsOf("[1,2]")).extracting(FieldError::field).contains("decisionTree");
        }

        @Test
        void aTreeWithoutNodesIsNamed() {
            assertThat(errorsOf("{\"start\": \"x\", \"nodes\": {}}")).extracting(FieldError::field)
                    .contains("decisionTree.nodes");
        }

        @Test
        void aConditionWithoutCasesIsNamed() {
            String tree = REFUND_TREE.replace(
                    "[{\"when\": \"order.amount > 200.0 && account.ageDays < 30\", \"next\": \"escalate\"}]", "[]");
            assertThat(errorsOf(tree)).extracting(FieldError::field).contains("decisionTree.nodes.value.cases");
        }

        @Test
        void aCaseOrAnOtherwiseLeadingNowhereIsNamed() {
            String tree = REFUND_TREE.replace("\"next\": \"escalate\"", "\"next\": \"escalation\"")
                    .replace("\"otherwise\": \"refund\"", "\"otherwise\": \"refunds\"");
            assertThat(errorsOf(tree)).containsExactlyInAnyOrder(
                    new FieldError("decisionTree.nodes.value.cases[0].next", "names no node 'escalation'"),
                    new FieldError("decisionTree.nodes.value.otherwise", "names no node 'refunds'"));
        }

        @Test
        void aQuestionWithoutTextIsNamed() {
            assertThat(onlyErrorOf(REFUND_TREE.replace("\"text\": \"Did the buyer receive the item?\", ", ""))
                    .field()).isEqualTo("decisionTree.nodes.delivered.text");
        }

        @Test
        void everyProblemComesBackAtOnce() {
            String tree = REFUND_TREE.replace("\"start\": \"delivered\"", "\"start\": \"begin\"")
                    .replace("\"code\": \"HUMAN_REVIEW\", ", "");
            assertThat(errorsOf(tree)).extracting(FieldError::field)
                    .contains("decisionTree.start", "decisionTree.nodes.escalate.code");
        }
    }

    @Nested
    class Conditions {

        private static final String FIELD = "decisionTree.nodes.value.cases[0].when";

        private FieldError withWhen(String when) {
            return onlyErrorOf(REFUND_TREE.replace("order.amount > 200.0 && account.ageDays < 30", when));
        }

        @Test
        void aSyntaxErrorIsNamed() {
            FieldError error = withWhen("order.amount > ");
            assertThat(error.field()).isEqualTo(FIELD);
            assertThat(error.message()).startsWith("does not compile");
        }

        @Test
        void aTypeMismatchWithTheDeclaredFactIsNamed() {
            assertThat(withWhen("order.amount > 200").message()).contains("no matching overload");
        }

        @Test
        void anUndeclaredFactIsNamed() {
            assertThat(withWhen("order.currency == 'EUR'").message()).contains("undeclared reference");
        }

        @Test
        void anExpressionThatIsNotABooleanIsNamed() {
            assertThat(withWhen("order.amount").message()).contains("expected type 'bool'");
        }

        @Test
        void macrosThatCouldLoopAreNotAvailable() {
            assertThat(withWhen("[1, 2].all(x, x > 0)").message()).contains("does not compile");
        }

        @Test
        void anOverlongExpressionIsRefused() {
            assertThat(withWhen("true" + " && true".repeat(100)).message()).contains("does not compile");
        }

        @Test
        void anUnknownFactTypeIsNamed() {
            assertThatThrownBy(() -> compiler().compile(json(REFUND_TREE.replace("\"int\"", "\"integer\""))))
                    .isInstanceOf(InvalidTreeException.class)
                    .satisfies(e -> assertThat(((InvalidTreeException) e).errors()).extracting(FieldError::field)
                            .contains("decisionTree.facts.account.ageDays"));
        }
    }
}
