package io.vigil.cases.guidance;

import io.vigil.cases.guidance.SopEvaluation.NextQuestion;
import io.vigil.cases.guidance.SopEvaluation.TreeOutcome;
import java.util.List;

/**
 * Where a walk stands: at a question to answer, at a fact the tree needs before it can decide, or at an outcome.
 * {@code path} lists the tree's nodes passed so far.
 */
public record Position(Kind kind, NextQuestion question, String fact, TreeOutcome outcome, List<String> path) {

    /** What the investigator is asked for next, if anything. */
    public enum Kind {
        QUESTION, FACT, OUTCOME
    }

    public Position {
        path = path == null ? List.of() : List.copyOf(path);
    }

    static Position of(SopEvaluation evaluation) {
        return evaluation.outcome() != null
                ? new Position(Kind.OUTCOME, null, null, evaluation.outcome(), evaluation.path())
                : new Position(Kind.QUESTION, evaluation.next(), null, null, evaluation.path());
    }

    static Position needs(String fact, List<String> path) {
        return new Position(Kind.FACT, null, fact, null, path);
    }
}
