package io.vigil.cases.guidance;

import java.util.Optional;
import java.util.UUID;

/**
 * Everything the guidance panel of a case shows: what sop-service said (the SOP, none, or unavailable), where
 * the walk stands, the walk as recorded, and the decision record it led to. The walk and the decision are the
 * case's own data, so they are shown even while sop-service is away.
 */
public record Guidance(UUID caseId, SopLookup lookup, Position position, GuidanceWalk walk,
        DecisionRecord decision) {

    public Optional<Position> currentPosition() {
        return Optional.ofNullable(position);
    }

    public Optional<GuidanceWalk> recordedWalk() {
        return Optional.ofNullable(walk);
    }

    public Optional<DecisionRecord> decisionRecord() {
        return Optional.ofNullable(decision);
    }
}
