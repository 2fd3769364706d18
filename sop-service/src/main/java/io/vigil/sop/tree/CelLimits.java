package io.vigil.sop.tree;

/**
 * The sandbox limits for conditions, as plain values so unit tests can build a compiler without CDI: steps per
 * condition, steps per walk (so a walk costs a bounded amount wherever it runs, an I/O thread included, however
 * large the tree), and a wall-clock backstop per condition.
 */
public record CelLimits(int maxExpressionLength, int maxSteps, int maxWalkSteps, long timeoutNanos) {

    public static final CelLimits DEFAULT = new CelLimits(500, 200, 2_000, 250_000_000L);
}
