package io.vigil.sop.evaluation;

import io.vigil.kit.problem.ProblemException;
import java.util.Map;

/** A condition that compiled but could not decide for these facts (an error or its budget ran out). */
public class ConditionFailedProblem extends ProblemException {

    private final String node;

    public ConditionFailedProblem(String node, int index, String reason) {
        super(422, "condition-failed", "Condition failed",
                "The condition of node '" + node + "' case " + index + " " + reason);
        this.node = node;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("node", node);
    }
}
