package io.vigil.sop.tree;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.List;
import java.util.Map;

/** A checked CEL program with the facts it reads, run inside a step and time budget. */
public record CompiledCondition(String expression, CelRuntime.Program program, List<String> facts) {

    /**
     * Evaluates over flattened facts ("order.amount" -> 250.0). The listener sees every step, so a budget
     * overrun stops the evaluation where it is instead of after it.
     */
    public boolean test(Map<String, Object> activation, StepBudget budget) throws ConditionFailedException {
        CelLimits limits = budget.limits();
        long deadline = System.nanoTime() + limits.timeoutNanos();
        int[] steps = {0};
        try {
            Object result = program.trace(activation, (expr, value) -> {
                if (!budget.step(++steps[0]) || System.nanoTime() > deadline) {
                    throw new BudgetExceeded();
                }
            });
            return Boolean.TRUE.equals(result);
        } catch (CelEvaluationException e) {
            if (e.getCause() instanceof BudgetExceeded) {
                throw overBudget(limits);
            }
            throw new ConditionFailedException("failed: " + e.getMessage());
        } catch (BudgetExceeded e) {
            throw overBudget(limits);
        }
    }

    private static ConditionFailedException overBudget(CelLimits limits) {
        return new ConditionFailedException("exceeded its budget of " + limits.maxSteps() + " steps ("
                + limits.maxWalkSteps() + " for the whole walk) or " + limits.timeoutNanos() / 1_000_000 + " ms");
    }

    /** Why a condition could not decide. */
    public static final class ConditionFailedException extends Exception {

        ConditionFailedException(String message) {
            super(message, null, false, false);
        }
    }

    private static final class BudgetExceeded extends RuntimeException {

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }
}
