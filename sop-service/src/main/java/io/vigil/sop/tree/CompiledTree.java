package io.vigil.sop.tree;

import java.util.List;
import java.util.Map;

/** A validated tree with each condition node's cases compiled, in the order they are tried. */
public record CompiledTree(DecisionTree tree, Map<String, List<CompiledCondition>> conditions) {

    public CompiledTree {
        conditions = Map.copyOf(conditions);
    }
}
