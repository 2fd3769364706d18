package io.vigil.cases.quality;

import java.util.List;

/** A sample and the reviews it put in the QA queue. */
public record DrawnSample(QaSample sample, List<QaReview> reviews) {
}
