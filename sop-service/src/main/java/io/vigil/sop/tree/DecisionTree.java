package io.vigil.sop.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decision tree in the JSON form of DESIGN.md section 5, plus {@code facts}: the declared type of every
 * fact its conditions read, so expressions are type-checked when the tree is saved, not when a customer waits.
 */
public record DecisionTree(String start, Map<String, FactType> facts, Map<String, Node> nodes) {

    public DecisionTree {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    public Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node " + id);
        }
        return node;
    }
}
