package io.vigil.console.sop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionFlowTest {

    private static final String REFUND = """
            flowchart TD
              n0{{"Did the buyer receive the item?"}}
              n1{"risk"}
              n2(["HUMAN_REVIEW (handover)"])
              n3(["REFUND_FULL (automatable)"])
              n0 -->|"yes"| n1
              n0 -->|"no"| n3
              n1 -->|"order.amount #gt; 200.0 && account.ageDays #lt; 30"| n2
              n1 -->|"otherwise"| n3
              classDef start stroke-width:3px
              class n0 start
            """;

    @Test
    void eachNodeIsReadWithItsKindTextAndWhereEachBranchLeads() {
        DecisionFlow flow = DecisionFlow.parse(REFUND);

        assertThat(flow.readable()).isTrue();
        assertThat(flow.steps()).extracting(DecisionFlow.Step::kind).containsExactly(DecisionFlow.Kind.QUESTION,
                DecisionFlow.Kind.CONDITION, DecisionFlow.Kind.OUTCOME, DecisionFlow.Kind.OUTCOME);
        DecisionFlow.Step risk = flow.steps().get(1);
        assertThat(risk.text()).isEqualTo("risk");
        assertThat(risk.branches()).extracting(DecisionFlow.Branch::label)
                .containsExactly("order.amount > 200.0 && account.ageDays < 30", "otherwise");
        assertThat(risk.branches().get(0).targetText()).isEqualTo("HUMAN_REVIEW (handover)");
        assertThat(risk.branches().get(0).anchor()).isEqualTo("node-n2");
    }

    @Test
    void theStartNodeComesFirstWhereverTheDiagramDeclaresIt() {
        DecisionFlow flow = DecisionFlow.parse(REFUND.replace("class n0 start", "class n1 start"));

        assertThat(flow.steps().get(0).id()).isEqualTo("n1");
        assertThat(flow.steps().get(0).start()).isTrue();
    }

    @Test
    void entityCodesAreUndoneInOrderSoAnEscapedHashStaysLiteral() {
        assertThat(DecisionFlow.decode("#35;quot; is #quot;quoted#quot; #124; #lt;b#gt;"))
                .isEqualTo("#quot; is \"quoted\" | <b>");
    }

    @Test
    void aLineItDoesNotKnowMakesTheFlowUnreadableButKeepsTheSource() {
        String odd = REFUND + "  subgraph something\n";

        DecisionFlow flow = DecisionFlow.parse(odd);

        assertThat(flow.readable()).isFalse();
        assertThat(flow.steps()).isEmpty();
        assertThat(flow.source()).isEqualTo(odd);
    }

    @Test
    void anEdgeToAnUnknownNodeMakesTheFlowUnreadable() {
        assertThat(DecisionFlow.parse("flowchart TD\n  n0{{\"q\"}}\n  n0 -->|\"yes\"| n9\n").readable()).isFalse();
    }
}
