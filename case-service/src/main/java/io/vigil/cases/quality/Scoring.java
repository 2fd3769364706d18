package io.vigil.cases.quality;

import java.util.Map;

/** A reviewer's verdict: a score per rubric criterion, agreement with the outcome and an optional comment. */
public record Scoring(Map<String, Integer> scores, OutcomeAgreement agreement, String comment) {
}
