package io.vigil.sop.consistency;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A two-sided 95% confidence interval around an estimate. */
@RegisterForReflection
public record Interval(double estimate, double low, double high) {

    public boolean excludesZero() {
        return low > 0 || high < 0;
    }

    public double width() {
        return high - low;
    }
}
