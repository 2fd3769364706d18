package io.vigil.cases.metrics;

/**
 * QA figures of one group for a period: reviews recorded, how many passed, the pass rate, the share where the
 * reviewer agreed with the outcome, and the mean share of rubric points (rates null when nothing was reviewed).
 */
public record QualityMetrics(String group, long reviewed, long passed, Double passRate, Double agreementRate,
        Double meanScoreShare) {
}
