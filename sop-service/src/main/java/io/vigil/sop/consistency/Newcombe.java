package io.vigil.sop.consistency;

/**
 * The interval for a difference of two independent proportions from their Wilson intervals: method 10 of
 * Newcombe 1998 (Stat Med 17:873), the hybrid score method, which keeps near-nominal coverage where the Wald
 * difference interval fails (small samples, rates near 0 or 1).
 */
public final class Newcombe {

    private Newcombe() {
    }

    /** The interval around p1 - p2. */
    public static Interval difference(long x1, long n1, long x2, long n2) {
        Interval a = Wilson.of(x1, n1);
        Interval b = Wilson.of(x2, n2);
        double d = a.estimate() - b.estimate();
        double below = Math.sqrt(square(a.estimate() - a.low()) + square(b.high() - b.estimate()));
        double above = Math.sqrt(square(a.high() - a.estimate()) + square(b.estimate() - b.low()));
        return new Interval(d, d - below, d + above);
    }

    private static double square(double x) {
        return x * x;
    }
}
