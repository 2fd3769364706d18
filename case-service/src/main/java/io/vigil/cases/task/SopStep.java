package io.vigil.cases.task;

/** Where a generated task came from: a step (1-based) of one version of an SOP. */
public record SopStep(String key, int version, int step) {
}
