package io.vigil.cases.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.cases.guidance.AnsweredQuestion;
import io.vigil.cases.guidance.DecisionRecord;
import io.vigil.cases.guidance.Guidance;
import io.vigil.cases.guidance.GuidanceUnavailableException;
import io.vigil.cases.guidance.GuidanceWalk;
import io.vigil.cases.guidance.Position;
import io.vigil.cases.guidance.SopEvaluation.NextQuestion;
import io.vigil.cases.guidance.SopEvaluation.TreeOutcome;
import io.vigil.cases.guidance.SopGuidance;
import io.vigil.cases.guidance.SopLookup;
import io.vigil.cases.guidance.SopSteps;
import io.vigil.cases.guidance.WalkStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case's guidance as the API shows it. {@code status} is {@code AVAILABLE}, {@code NO_SOP} or
 * {@code UNAVAILABLE} (with {@code message} for people and {@code reason} for operators); the walk and the
 * decision record are the case's own and shown whatever sop-service's state.
 */
public record GuidanceBody(UUID caseId, String status, String message, String reason, SopBody sop,
        PositionBody position, WalkBody walk, DecisionBody decision) {

    static GuidanceBody from(Guidance g) {
        SopLookup lookup = g.lookup();
        String status = switch (lookup.kind()) {
            case FOUND -> "AVAILABLE";
            case NONE_APPLIES -> "NO_SOP";
            case UNAVAILABLE -> "UNAVAILABLE";
        };
        String message = switch (lookup.kind()) {
            case FOUND -> null;
            case NONE_APPLIES -> "No published SOP applies to this case's domain and category";
            case UNAVAILABLE -> GuidanceUnavailableException.MESSAGE;
        };
        return new GuidanceBody(g.caseId(), status, message, lookup.reason(),
                lookup.found().map(SopBody::from).orElse(null),
                g.currentPosition().map(p -> PositionBody.from(p, lookup.found().orElse(null))).orElse(null),
                g.recordedWalk().map(WalkBody::from).orElse(null),
                g.decisionRecord().map(DecisionBody::from).orElse(null));
    }

    /** The SOP version that guides the case: its steps as written and as a list, its tree and renderings. */
    public record SopBody(String key, String title, int version, Instant effectiveFrom, String steps,
            List<String> stepList, JsonNode decisionTree, String outline, String diagram) {

        static SopBody from(SopGuidance s) {
            return new SopBody(s.key(), s.title(), s.version(), s.effectiveFrom(), s.steps(),
                    SopSteps.items(s.steps()), s.decisionTree(), s.outline(), s.diagram());
        }
    }

    /** Where the walk stands: a question, a fact the tree needs (with its declared type), or the tree's outcome. */
    public record PositionBody(Position.Kind kind, NextQuestion question, FactBody fact, TreeOutcome outcome,
            List<String> path) {

        static PositionBody from(Position p, SopGuidance sop) {
            FactBody fact = p.fact() == null ? null
                    : new FactBody(p.fact(), sop == null ? null : sop.factType(p.fact()).orElse(null));
            return new PositionBody(p.kind(), p.question(), fact, p.outcome(), p.path());
        }
    }

    /** A fact the investigator is asked for; {@code type} is the tree's CEL type for it, when known. */
    public record FactBody(String name, String type) {
    }

    /** The walk as recorded on the case. */
    public record WalkBody(String sopKey, int sopVersion, WalkStatus status, List<AnsweredQuestion> answers,
            Map<String, Object> facts, String treeOutcome, String humanOutcome, String startedBy,
            Instant startedAt, String decidedBy, Instant decidedAt, Instant updatedAt, long version) {

        static WalkBody from(GuidanceWalk w) {
            return new WalkBody(w.sopKey(), w.sopVersion(), w.status(), w.answered(), w.facts(),
                    w.treeOutcome().map(TreeOutcome::code).orElse(null), w.humanOutcome().orElse(null),
                    w.startedBy(), w.startedAt(), w.decidedBy(), w.decidedAt(), w.updatedAt(), w.version());
        }
    }

    /** The decision record for sop-service: {@code QUEUED} until delivered, then {@code DELIVERED}. */
    public record DecisionBody(String status, String sopKey, int sopVersion, String treeOutcome,
            String humanOutcome, String decidedBy, Instant queuedAt, int attempts, Instant deliveredAt,
            String lastError) {

        static DecisionBody from(DecisionRecord d) {
            return new DecisionBody(d.deliveredAt().isPresent() ? "DELIVERED" : "QUEUED", d.sopKey(), d.sopVersion(),
                    d.treeOutcome(), d.humanOutcome(), d.decidedBy(), d.queuedAt(), d.attempts(),
                    d.deliveredAt().orElse(null), d.lastError().orElse(null));
        }
    }
}
