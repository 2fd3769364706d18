package io.vigil.console.guidance;

import java.util.List;
import java.util.Optional;

/**
 * What a case's SOP walk contributes to an enforcement request: the SOP version that guided it and, once the
 * investigator recorded the final outcome, that outcome and the tree's path (node ids) that led there.
 *
 * @param outcome the final outcome, or null while the walk is not decided
 * @param path the tree's nodes passed, empty until the tree reached an outcome
 */
public record SopWalk(String sopKey, int sopVersion, String outcome, List<String> path) {

    public SopWalk {
        path = path == null ? List.of() : List.copyOf(path);
    }

    public boolean isDecided() {
        return outcome != null;
    }

    /** The walk as case-service recorded it, else the SOP in effect; empty when no SOP guides the case. */
    static Optional<SopWalk> of(CaseGuidance guidance) {
        CaseGuidance.Walk walk = guidance.walk();
        if (walk != null && walk.sopKey() != null && walk.sopVersion() != null) {
            boolean decided = walk.isDecided() && walk.humanOutcome() != null;
            List<String> path = decided && guidance.position() != null ? guidance.position().path() : List.of();
            return Optional.of(new SopWalk(walk.sopKey(), walk.sopVersion(), decided ? walk.humanOutcome() : null,
                    path));
        }
        if (guidance.sop() != null && guidance.sop().key() != null) {
            return Optional.of(new SopWalk(guidance.sop().key(), guidance.sop().version(), null, List.of()));
        }
        return Optional.empty();
    }
}
