package io.vigil.cases.quality;

import java.util.UUID;

/** A resolved case that may be sampled, with what the pass-rate report groups it by. */
public record Candidate(UUID caseId, UUID queueId, String investigator, String region, String sopKey,
        Integer sopVersion) {
}
