package io.vigil.sop.consistency;

/**
 * The Wilson score interval for one proportion (Wilson 1927; method 3 of Newcombe 1998, Stat Med 17:857).
 * Unlike the textbook Wald interval it stays inside [0, 1] and keeps its coverage for small samples and for
 * proportions near 0 or 1, which is where consistency rates live.
 */
public final class Wilson {

    /** The 97.5th percentile of the standard normal distribution, for 95% two-sided intervals. */
    static final double Z = 1.959963984540054;

    private Wilson() {
    }

    public static Interval of(long successes, long trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
