package io.vigil.sop.tree;

import java.util.List;
import java.util.Map;

/**
 * A validated tree with each condition node's cases compiled, in the order they are tried, and the limits a walk
 * of it runs under.
 */
public record CompiledTree(DecisionTree tree, Map<String, List<CompiledCondition>> conditions, CelLimits limits) {

    public CompiledTree {
        conditions = Map.copyOf(conditions);
    }

    /** A fresh budget for one walk. */
    public StepBudget budget() {
        return new StepBudget(limits);
    }
}
