package io.vigil.sop.tree;

/** The sandbox limits for conditions, as plain values so unit tests can build a compiler without CDI. */
public record CelLimits(int maxExpressionLength, int maxSteps, long timeoutNanos) {

    public static final CelLimits DEFAULT = new CelLimits(500, 200, 250_000_000L);
}
