package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.cases.CaseService;
import io.vigil.kit.problem.ProblemException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Shows a case's guidance: the SOP that applies (or the version its walk is pinned to), where the walk stands
 * and the decision record. When sop-service cannot answer, the answer says so and still shows the case's own
 * walk; it is never an error, so the rest of the case page carries on.
 */
@ApplicationScoped
public class GuidanceReader {

    private static final Logger LOG = Logger.getLogger(GuidanceReader.class);

    private final CaseService cases;
    private final GuidanceWalks walks;
    private final DecisionOutbox decisions;
    private final SopReads reads;
    private final WalkEvaluator evaluator;

    GuidanceReader(CaseService cases, GuidanceWalks walks, DecisionOutbox decisions, SopReads reads,
            WalkEvaluator evaluator) {
        this.cases = cases;
        this.walks = walks;
        this.decisions = decisions;
        this.reads = reads;
        this.evaluator = evaluator;
    }

    public Guidance show(UUID caseId, Caller caller) {
        Case kase = cases.get(caseId, caller);
        Optional<GuidanceWalk> walk = walks.findByIdOptional(caseId);
        SopLookup lookup = lookUp(kase, walk);
        Position position = walk.map(GuidanceWalk::position).orElse(null);
        if (walk.isEmpty() && lookup.kind() == SopLookup.Kind.FOUND) {
            try {
                position = evaluator.evaluate(kase, lookup.sop(), Map.of(), Map.of());
            } catch (GuidanceUnavailableException unavailable) {
                lookup = SopLookup.unavailable(unavailable.reason());
            } catch (ProblemException cannotStart) {
                LOG.warnf("the tree of %s v%d cannot start for case %s: %s", lookup.sop().key(),
                        lookup.sop().version(), caseId, cannotStart.getMessage());
            }
        }
        return new Guidance(caseId, lookup, position, walk.orElse(null),
                walk.flatMap(w -> decisions.findFor(w)).orElse(null));
    }

    /** The version a walk is pinned to, or else the SOP in effect for the case's domain and category. */
    SopLookup lookUp(Case kase, Optional<GuidanceWalk> walk) {
        return walk.map(w -> reads.version(w.sopKey(), w.sopVersion()))
                .orElseGet(() -> reads.inEffect(kase.domain(), kase.category()));
    }
}
