package io.vigil.cases.quality;

/** A sampled case waits in the QA queue (PENDING) until a reviewer scores it (DONE). */
public enum QaReviewStatus {
    PENDING, DONE
}
