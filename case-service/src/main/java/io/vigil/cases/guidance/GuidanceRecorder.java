package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Records a walk step in one transaction with its timeline entries and audit events: the walk's beginning (which
 * SOP version it is pinned to), the answer or facts given, and the tree's outcome when one is reached.
 */
@ApplicationScoped
class GuidanceRecorder {

    private final GuidanceWalks walks;
    private final Timeline timeline;
    private final CaseAudit audit;
    private final Clock clock;

    GuidanceRecorder(GuidanceWalks walks, Timeline timeline, CaseAudit audit, Clock clock) {
        this.walks = walks;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param seen the walk as the step was checked against it: a new walk (empty {@code seenVersion}) is inserted,
     *             an existing one reloaded and refused when it moved since
     */
    @Transactional
    GuidanceWalk record(Case kase, GuidanceWalk seen, OptionalLong seenVersion, WalkStep step, Position next,
            Caller caller) {
        Instant now = clock.instant();
        GuidanceWalk walk = seenVersion.isPresent() ? current(kase, seenVersion.getAsLong()) : seen;
        String by = caller.username();
        if (seenVersion.isEmpty()) {
            began(kase, walk, by);
        }
        if (step.isAnswer()) {
            String question = walk.position().question().text();
            walk.answer(step.value(), by, now);
            timeline.record(kase.id(), "guidance", by, question + " → " + step.value());
            audit.about(GuidanceWalker.ACTION, kase).sop(walk.sopKey(), walk.sopVersion())
                    .change("guidance." + step.input(), null, step.value()).record();
        }
        if (!step.facts().isEmpty()) {
            walk.addFacts(step.facts());
            timeline.record(kase.id(), "guidance", by, "Facts given: " + String.join(", ", step.facts().keySet()));
            var event = audit.about(GuidanceWalker.ACTION, kase).sop(walk.sopKey(), walk.sopVersion());
            step.facts().forEach((name, value) -> event.change("guidance.facts." + name, null, String.valueOf(value)));
            event.record();
        }
        boolean reached = next.kind() == Position.Kind.OUTCOME
                && (seenVersion.isEmpty() || walk.status() == WalkStatus.WALKING);
        walk.moveTo(next, now);
        persist(walk, seenVersion.isEmpty());
        if (reached) {
            timeline.record(kase.id(), "guidance", by, "The SOP's tree reached " + next.outcome().code());
            audit.about("case.guidance-outcome", kase).sop(walk.sopKey(), walk.sopVersion())
                    .change("guidance.treeOutcome", null, next.outcome().code()).record();
        }
        return walk;
    }

    private void began(Case kase, GuidanceWalk walk, String by) {
        timeline.record(kase.id(), "guidance", by, "Guidance walk began on SOP " + walk.sopKey() + " v"
                + walk.sopVersion());
        audit.about("case.guidance-begin", kase).sop(walk.sopKey(), walk.sopVersion()).record();
    }

    private GuidanceWalk current(Case kase, long seenVersion) {
        return walks.findByIdOptional(kase.id()).filter(w -> w.version() == seenVersion)
                .orElseThrow(GuidanceRecorder::moved);
    }

    private void persist(GuidanceWalk walk, boolean isNew) {
        try {
            if (isNew) {
                walks.persist(walk);
            }
            walks.flush();
        } catch (ConstraintViolationException raced) {
            throw moved();
        }
    }

    private static ConflictException moved() {
        return new ConflictException("concurrent-update",
                "Someone else moved this walk at the same moment; reload it and retry");
    }
}
