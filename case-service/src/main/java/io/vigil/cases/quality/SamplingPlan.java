package io.vigil.cases.quality;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/** How many to draw: a fixed {@code size} or a {@code rate} (share, rounded up), overall or per stratum. */
public record SamplingPlan(SamplingStrategy strategy, OptionalInt size, OptionalDouble rate) {

    public SamplingPlan {
        if (size.isPresent() == rate.isPresent()) {
            throw new IllegalArgumentException("a plan has either a size or a rate");
        }
    }

    /** How many of {@code available} cases to draw from one pool. */
    int quota(int available) {
        // The epsilon keeps binary rounding from adding a case: 0.07 * 100 is 7.000000000000001 in doubles.
        int wanted = size.isPresent() ? size.getAsInt() : (int) Math.ceil(rate.getAsDouble() * available - 1e-9);
        return Math.min(wanted, available);
    }
}
