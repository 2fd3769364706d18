package io.vigil.sop.tree;

import java.util.List;

/** A node of a decision tree: a question for a person, a condition over facts, or an outcome. */
public sealed interface Node permits Question, Condition, Outcome {

    /** The nodes this one can lead to, in the order an author wrote them. */
    List<String> successors();
}
