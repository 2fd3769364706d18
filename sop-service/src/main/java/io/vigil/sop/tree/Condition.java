package io.vigil.sop.tree;

import java.util.ArrayList;
import java.util.List;

/** Branches on facts: the first case whose CEL expression is true wins, else {@code otherwise}. */
public record Condition(List<Case> cases, String otherwise) implements Node {

    public Condition {
        cases = List.copyOf(cases);
    }

    @Override
    public List<String> successors() {
        List<String> next = new ArrayList<>(cases.stream().map(Case::next).toList());
        next.add(otherwise);
        return next;
    }

    /** A CEL expression over the declared facts and the node it leads to when true. */
    public record Case(String when, String next) {
    }
}
