package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Moves a case's walk one step: checks the step against where the walk stands, asks sop-service where the answers
 * and facts lead, and records the step. sop-service is asked outside any transaction, so a slow one holds no
 * database connection; the recording checks the walk did not move meanwhile.
 */
@ApplicationScoped
public class GuidanceWalker {

    static final String ACTION = "case.guidance-answer";

    private final CaseService cases;
    private final CaseAudit audit;
    private final GuidanceWalks walks;
    private final GuidanceReader reader;
    private final WalkEvaluator evaluator;
    private final GuidanceRecorder recorder;
    private final Clock clock;

    GuidanceWalker(CaseService cases, CaseAudit audit, GuidanceWalks walks, GuidanceReader reader,
            WalkEvaluator evaluator, GuidanceRecorder recorder, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.walks = walks;
        this.reader = reader;
        this.evaluator = evaluator;
        this.recorder = recorder;
        this.clock = clock;
    }

    public Guidance step(UUID caseId, WalkStep step, Caller caller) {
        Case kase = cases.getFor(ACTION, caseId, caller);
        if (!step.facts().isEmpty()) {
            CaseFacts.checkGiven(step.facts());
        }
        Optional<GuidanceWalk> existing = walks.findByIdOptional(caseId);
        if (step.isEmpty() && existing.isPresent()) {
            throw new InvalidRequestException("input", "the walk has begun: give an answer or facts");
        }
        existing.ifPresent(walk -> check(kase, walk, step));
        SopGuidance sop = available(kase, reader.lookUp(kase, existing));
        GuidanceWalk walk = existing.orElseGet(() -> GuidanceWalk.begin(caseId, sop,
                evaluator.evaluate(kase, sop, Map.of(), Map.of()), caller.username(), clock.instant()));
        if (existing.isEmpty() && !step.isEmpty()) {
            check(kase, walk, step);
        }
        Map<String, String> answers = new LinkedHashMap<>(walk.answersByInput());
        Map<String, Object> facts = new LinkedHashMap<>(walk.facts());
        if (step.isAnswer()) {
            answers.put(step.input(), step.value());
        }
        facts.putAll(step.facts());
        Position next = step.isEmpty() ? walk.position() : evaluator.evaluate(kase, sop, facts, answers);
        OptionalLong seen = existing.map(w -> OptionalLong.of(w.version())).orElse(OptionalLong.empty());
        GuidanceWalk recorded = recorder.record(kase, walk, seen, step, next, caller);
        return new Guidance(caseId, SopLookup.found(sop), next, recorded, null);
    }

    private void check(Case kase, GuidanceWalk walk, WalkStep step) {
        try {
            if (step.isAnswer()) {
                walk.checkAnswer(step.input(), step.value());
            } else {
                walk.checkWalking();
            }
        } catch (ConflictException refused) {
            audit.denied(ACTION, kase.id(), kase.region(), refused.slug(), refused.getMessage());
            throw refused;
        }
    }

    private SopGuidance available(Case kase, SopLookup lookup) {
        return switch (lookup.kind()) {
            case FOUND -> lookup.sop();
            case UNAVAILABLE -> throw new GuidanceUnavailableException(lookup.reason());
            case NONE_APPLIES -> {
                audit.denied(ACTION, kase.id(), kase.region(), "no-sop-applies", kase.domain() + "/" + kase.category());
                throw NoSopAppliesException.to(kase);
            }
        };
    }
}
