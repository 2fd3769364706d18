package io.vigil.sop.rest;

import io.vigil.sop.evaluation.Evaluation;
import io.vigil.sop.evaluation.EvaluationService;
import io.vigil.sop.tree.Outcome;
import java.util.List;

/** The answer of POST /api/sops/{key}/evaluate, exactly as DESIGN.md section 3 shapes it. */
public record EvaluationBody(int version, Outcome outcome, Evaluation.NextQuestion next, List<String> path) {

    static EvaluationBody from(EvaluationService.Evaluated evaluated) {
        Evaluation e = evaluated.evaluation();
        return new EvaluationBody(evaluated.version(), e.outcome(), e.next(), e.path());
    }
}
