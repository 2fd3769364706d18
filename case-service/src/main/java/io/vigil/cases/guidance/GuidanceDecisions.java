package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.cases.CaseStatus;
import io.vigil.cases.CaseTransitioned;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The investigator's final outcome of a walk, recorded explicitly or, when the case is resolved after the tree
 * reached an outcome, as that outcome; either way a decision record is queued in the same transaction for the
 * relay to deliver. Starting a walk over is here too. None of it needs sop-service to be up.
 */
@ApplicationScoped
public class GuidanceDecisions {

    static final String DECIDE = "case.guidance-decide";
    static final String RESTART = "case.guidance-restart";

    private final CaseService cases;
    private final GuidanceWalks walks;
    private final DecisionOutbox outbox;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final Clock clock;

    GuidanceDecisions(CaseService cases, GuidanceWalks walks, DecisionOutbox outbox, CaseAudit audit,
            Timeline timeline, Clock clock) {
        this.cases = cases;
        this.walks = walks;
        this.outbox = outbox;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Records the investigator's final outcome (their own, or the tree's when they agree with it). */
    @Transactional
    public Decided decide(UUID caseId, String outcome, Caller caller) {
        Case kase = cases.getFor(DECIDE, caseId, caller);
        GuidanceWalk walk = walks.findByIdOptional(caseId).orElseThrow(() -> {
            audit.denied(DECIDE, caseId, kase.region(), "guidance-no-outcome", "the case has no guidance walk");
            return new ConflictException("guidance-no-outcome", "No guidance walk has begun on this case");
        });
        refusedUnless(kase, DECIDE, () -> walk.decide(outcome, caller.username(), clock.instant()));
        return new Decided(walk, queue(kase, walk, caller.username(), "decided"));
    }

    /** Resolving a case whose tree reached an outcome records that outcome as the investigator's final one. */
    void onResolved(@Observes CaseTransitioned moved) {
        if (moved.to() != CaseStatus.RESOLVED) {
            return;
        }
        walks.findByIdOptional(moved.kase().id()).filter(w -> w.status() == WalkStatus.OUTCOME_REACHED)
                .ifPresent(walk -> {
                    walk.decide(walk.treeOutcome().orElseThrow().code(), moved.actor(), clock.instant());
                    queue(moved.kase(), walk, moved.actor(), "resolved");
                });
    }

    /**
     * Forgets the walk so it can begin again on the SOP in effect now; not once its final outcome is recorded.
     * Without a walk there is nothing to forget, and nothing happens.
     */
    @Transactional
    public void restart(UUID caseId, Caller caller) {
        Case kase = cases.getFor(RESTART, caseId, caller);
        Optional<GuidanceWalk> found = walks.findByIdOptional(caseId);
        if (found.isEmpty()) {
            return;
        }
        GuidanceWalk walk = found.get();
        refusedUnless(kase, RESTART, () -> {
            if (walk.status() == WalkStatus.DECIDED) {
                walk.checkWalking();
            }
        });
        walks.delete(walk);
        timeline.record(caseId, "guidance", caller.username(), "Guidance walk started over");
        audit.about(RESTART, kase).sop(walk.sopKey(), walk.sopVersion())
                .change("guidance.walk", walk.status().name(), null).record();
    }

    private DecisionRecord queue(Case kase, GuidanceWalk walk, String by, String how) {
        walks.flush();
        DecisionRecord record = outbox.queue(walk);
        String tree = record.treeOutcome();
        String human = record.humanOutcome();
        timeline.record(kase.id(), "guidance", by, tree.equals(human) ? "Final outcome " + human + ", as the SOP's tree"
                : "Final outcome " + human + ", the SOP's tree said " + tree);
        audit.about(DECIDE, kase).sop(walk.sopKey(), walk.sopVersion())
                .reason(how, tree.equals(human) ? "agrees with the tree" : "differs from the tree")
                .change("guidance.outcome", tree, human).record();
        return record;
    }

    private void refusedUnless(Case kase, String action, Runnable rule) {
        try {
            rule.run();
        } catch (ConflictException refused) {
            audit.denied(action, kase.id(), kase.region(), refused.slug(), refused.getMessage());
            throw refused;
        }
    }

    /** A decided walk and the decision record queued for sop-service. */
    public record Decided(GuidanceWalk walk, DecisionRecord record) {
    }
}
