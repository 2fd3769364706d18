package io.vigil.sop.tree;

/**
 * The CEL steps one walk may still spend: each condition at most {@link CelLimits#maxSteps()}, all of a walk's
 * conditions together at most {@link CelLimits#maxWalkSteps()}. One budget per walk, used by one thread.
 */
public final class StepBudget {

    private final CelLimits limits;
    private int spent;

    public StepBudget(CelLimits limits) {
        this.limits = limits;
    }

    /** Counts one step of a condition that has now taken {@code conditionSteps}; false once over either limit. */
    boolean step(int conditionSteps) {
        spent++;
        return conditionSteps <= limits.maxSteps() && spent <= limits.maxWalkSteps();
    }

    public int spent() {
        return spent;
    }

    CelLimits limits() {
        return limits;
    }
}
