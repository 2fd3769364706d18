package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.cases.guidance.SopRefusal.FieldProblem;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Asks sop-service where a walk stands for the case's facts and the answers given, and puts its refusals in the
 * investigator's terms: a fact the tree needs is a place in the walk (the investigator supplies it), a wrong
 * answer or fact is a 400, a condition that cannot decide a 422, and anything else an outage.
 */
@ApplicationScoped
class WalkEvaluator {

    private static final String FACTS = "facts.";
    private static final String ANSWERS = "answers.";

    private final SopReads reads;

    WalkEvaluator(SopReads reads) {
        this.reads = reads;
    }

    Position evaluate(Case kase, SopGuidance sop, Map<String, Object> given, Map<String, String> answers) {
        try {
            return Position.of(reads.evaluate(sop.key(), sop.version(), CaseFacts.merged(kase, given), answers));
        } catch (SopRefusal refusal) {
            return placeOf(refusal, given);
        }
    }

    private static Position placeOf(SopRefusal refusal, Map<String, Object> given) {
        if (refusal.status() == 422) {
            throw new TreeCannotDecideException(refusal.getMessage());
        }
        FieldProblem error = refusal.firstError().filter(e -> refusal.status() == 400)
                .orElseThrow(() -> new GuidanceUnavailableException(refusal.getMessage()));
        if (error.field().startsWith(ANSWERS)) {
            throw new InvalidRequestException("value", error.message());
        }
        if (!error.field().startsWith(FACTS)) {
            throw new GuidanceUnavailableException(refusal.getMessage());
        }
        String fact = error.field().substring(FACTS.length());
        if (given.containsKey(fact)) {
            throw new InvalidRequestException(error.field(), error.message());
        }
        if (fact.startsWith(CaseFacts.CASE_PREFIX)) {
            throw new TreeCannotDecideException("The tree cannot use the case fact " + fact + ": " + error.message());
        }
        return Position.needs(fact, List.of());
    }
}
