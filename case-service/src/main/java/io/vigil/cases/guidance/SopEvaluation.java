package io.vigil.cases.guidance;

import java.util.List;

/** sop-service's answer to an evaluation: an outcome, or the next question to ask, and the nodes passed. */
public record SopEvaluation(int version, TreeOutcome outcome, NextQuestion next, List<String> path) {

    public SopEvaluation {
        path = path == null ? List.of() : List.copyOf(path);
    }

    /** Where a walk ends: the decision's code, whether a bot may carry it out, whether a human must take over. */
    public record TreeOutcome(String code, boolean automatable, boolean handover, String reply) {
    }

    /** The question that needs an answer before the walk can go on; {@code input} is the answer's key. */
    public record NextQuestion(String node, String text, String input, List<String> answers) {

        public NextQuestion {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }
}
