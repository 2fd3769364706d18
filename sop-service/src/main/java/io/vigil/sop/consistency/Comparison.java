package io.vigil.sop.consistency;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An A/B comparison of two versions on one rate (live consistency or CSAT share): the difference b - a with
 * Newcombe's interval and a verdict that refuses to call a winner from too little data.
 */
@RegisterForReflection
public record Comparison(long successesA, long trialsA, long successesB, long trialsB, Interval difference,
        Verdict verdict) {

    /** What a reader may conclude. */
    public enum Verdict {
        B_BETTER, A_BETTER, NO_CLEAR_DIFFERENCE, SAMPLE_TOO_SMALL
    }

    /**
     * Below {@code minSample} per arm nothing is concluded; an interval that excludes zero names the better
     * version; one that includes zero but is wider than {@code maxWidth} still cannot rule out a real difference.
     */
    public static Comparison of(long xa, long na, long xb, long nb, long minSample, double maxWidth) {
        if (na < minSample || nb < minSample || na == 0 || nb == 0) {
            Interval d = na == 0 || nb == 0 ? null : Newcombe.difference(xb, nb, xa, na);
            return new Comparison(xa, na, xb, nb, d, Verdict.SAMPLE_TOO_SMALL);
        }
        Interval d = Newcombe.difference(xb, nb, xa, na);
        Verdict verdict = d.low() > 0 ? Verdict.B_BETTER : d.high() < 0 ? Verdict.A_BETTER
                : d.width() > maxWidth ? Verdict.SAMPLE_TOO_SMALL : Verdict.NO_CLEAR_DIFFERENCE;
        return new Comparison(xa, na, xb, nb, d, verdict);
    }
}
