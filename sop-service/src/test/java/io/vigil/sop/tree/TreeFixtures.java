package io.vigil.sop.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** The refund tree of DESIGN.md section 5 with its facts declared, and a compiler with default limits. */
public final class TreeFixtures {

    public static final String REFUND_TREE = """
            {"start": "delivered",
             "facts": {"order.amount": "double", "account.ageDays": "int"},
             "nodes": {
              "delivered": {"type": "question", "text": "Did the buyer receive the item?", "input": "delivered",
                            "answers": [{"value": "yes", "next": "value"}, {"value": "no", "next": "refund"}]},
              "value":     {"type": "condition",
                            "cases": [{"when": "order.amount > 200.0 && account.ageDays < 30", "next": "escalate"}],
                            "otherwise": "refund"},
              "refund":    {"type": "outcome", "code": "REFUND_FULL", "automatable": true, "reply": "Refunded."},
              "escalate":  {"type": "outcome", "code": "HUMAN_REVIEW", "handover": true}}}
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeFixtures() {
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TreeCompiler compiler() {
        return new TreeCompiler(new ConditionCompiler(CelLimits.DEFAULT));
    }

    public static CompiledTree refundTree() {
        return compiler().compile(json(REFUND_TREE));
    }
}
