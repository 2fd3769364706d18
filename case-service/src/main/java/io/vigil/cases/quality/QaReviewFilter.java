package io.vigil.cases.quality;

import java.util.Optional;
import java.util.UUID;

/** Filters of the QA queue. */
public record QaReviewFilter(Optional<QaReviewStatus> status, Optional<String> investigator, Optional<UUID> queueId,
        Optional<UUID> sampleId) {
}
