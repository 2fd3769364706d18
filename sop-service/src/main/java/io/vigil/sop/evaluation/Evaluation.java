package io.vigil.sop.evaluation;

import io.vigil.sop.tree.Outcome;
import java.util.List;

/** Where a walk got to: an outcome, or the next question to ask; {@code path} lists the nodes passed. */
public record Evaluation(Outcome outcome, NextQuestion next, List<String> path) {

    public Evaluation {
        path = List.copyOf(path);
    }

    /** The question that needs an answer before the walk can go on. */
    public record NextQuestion(String node, String text, String input, List<String> answers) {
    }
}
