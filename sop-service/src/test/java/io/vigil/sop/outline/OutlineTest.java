package io.vigil.sop.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kit.problem.FieldError;
import io.vigil.sop.tree.DecisionTree;
import io.vigil.sop.tree.InvalidTreeException;
import io.vigil.sop.tree.TreeFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutlineTest {

    static final String REFUND_OUTLINE = """
            # The refund decision of DESIGN.md section 5
            fact order.amount: double
            fact account.ageDays: int
            question delivered: Did the buyer receive the item?
              answer yes:
                condition value:
                  when order.amount > 200.0 && account.ageDays < 30:
                    outcome escalate: HUMAN_REVIEW handover
                  otherwise:
                    outcome refund: REFUND_FULL automatable
                      reply: Refunded.
              answer no:
                goto refund
            """;

    private static final OutlineCompiler COMPILER = new OutlineCompiler(TreeFixtures.compiler());

    private static DecisionTree compile(String outline) {
        return COMPILER.compile(outline).tree();
    }

    private static FieldError onlyError(String outline) {
        try {
            compile(outline);
        } catch (InvalidTreeException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("the outline compiled");
    }

    @Nested
    class Compiling {

        @Test
        void theRefundOutlineCompilesToTheRefundTree() {
            assertThat(compile(REFUND_OUTLINE)).isEqualTo(TreeFixtures.refundTree().tree());
        }

        @Test
        void anInputLineNamesTheAnswerWhenItDiffersFromTheQuestionId() {
            DecisionTree tree = compile("question q1: Received?\n  input: delivered\n  answer yes:\n"
                    + "    outcome done: OK\n  answer no:\n    goto done\n");
            assertThat(tree.node("q1")).hasFieldOrPropertyWithValue("input", "delivered");
        }

        @Test
        void aReplySpreadOverSeveralLinesIsWrittenWithEscapedBreaks() {
            DecisionTree tree = compile("outcome done: OK\n  reply: Dear customer,\\nwe refunded you.\n");
            assertThat(tree.node("done")).hasFieldOrPropertyWithValue("reply", "Dear customer,\nwe refunded you.");
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void theRefundTreeRendersToAnOutlineThatCompilesBackToIt() {
            DecisionTree refund = TreeFixtures.refundTree().tree();
            assertThat(compile(OutlineRenderer.render(refund))).isEqualTo(refund);
        }

        @Test
        void theRenderedRefundOutlineIsWhatAnAuthorWouldWrite() {
            assertThat(OutlineRenderer.render(compile(REFUND_OUTLINE)))
                    .isEqualTo(REFUND_OUTLINE.substring(REFUND_OUTLINE.indexOf('\n') + 1));
        }

        @Test
        void textWithBackslashesColonsAndBreaksSurvivesTheRoundTrip() {
            DecisionTree tricky = compile("question q: Path C:\\\\temp: ok?\\nsure\n  input: q\n  answer a: b:\n"
                    + "    outcome o: OK handover\n      reply: line1\\nline2 \\\\n\n");
            assertThat(compile(OutlineRenderer.render(tricky))).isEqualTo(tricky);
        }
    }

    @Nested
    class Errors {

        @Test
        void anOddIndentNamesItsLine() {
            assertThat(onlyError("outcome done: OK\n   reply: x\n").field()).isEqualTo("outline:2");
        }

        @Test
        void anUnknownKeywordNamesItsLineAndWhatIsExpected() {
            FieldError error = onlyError("fact a: int\nask q: What?\n");
            assertThat(error.field()).isEqualTo("outline:2");
            assertThat(error.message()).contains("question ID: text");
        }

        @Test
        void aNodeDefinedTwiceNamesBothLines() {
            FieldError error = onlyError("question q: Ok?\n  answer yes:\n    outcome o: A\n  answer no:\n"
                    + "    outcome o: B\n");
            assertThat(error.field()).isEqualTo("outline:5");
            assertThat(error.message()).contains("line 3", "goto o");
        }

        @Test
        void aConditionThatDoesNotCompileNamesTheConditionsLine() {
            FieldError error = onlyError("fact n: int\ncondition c:\n  when n > 'x':\n    outcome a: A\n"
                    + "  otherwise:\n    outcome b: B\n");
            assertThat(error.field()).isEqualTo("outline:2");
        }

        @Test
        void aGotoToANodeThatDoesNotExistNamesTheLineOfTheNodeHoldingIt() {
            FieldError error = onlyError("question q: Ok?\n  answer yes:\n    goto nowhere\n");
            assertThat(error.field()).isEqualTo("outline:1");
            assertThat(error.message()).contains("nowhere");
        }

        @Test
        void anAnswerWithoutANodeUnderItNamesTheAnswer() {
            assertThat(onlyError("question q: Ok?\n  answer yes:\n").field()).isEqualTo("outline:2");
        }

        @Test
        void anUnknownOutcomeFlagIsRefused() {
            assertThat(onlyError("outcome o: OK automatic\n").message()).contains("automatable");
        }

        @Test
        void anEmptyOutlineSaysWhatIsMissing() {
            assertThatThrownBy(() -> compile("# nothing yet\n")).isInstanceOf(InvalidTreeException.class)
                    .hasMessageContaining("outline:1");
        }
    }

    @Nested
    class Diagram {

        @Test
        void theRefundTreeDrawsEveryNodeAndLabelledEdges() {
            String mermaid = MermaidRenderer.render(TreeFixtures.refundTree().tree());
            assertThat(mermaid).startsWith("flowchart TD\n")
                    .contains("n0{{\"Did the buyer receive the item?\"}}", "n1{\"value\"}",
                            "n2([\"REFUND_FULL (automatable)\"])", "n3([\"HUMAN_REVIEW (handover)\"])",
                            "n0 -->|\"yes\"| n1", "n1 -->|\"order.amount #gt; 200.0 && account.ageDays #lt; 30\"| n3",
                            "n1 -->|\"otherwise\"| n2", "class n0 start");
        }
    }
}
