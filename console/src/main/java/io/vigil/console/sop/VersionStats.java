package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Figures;

/**
 * A version's record in production: agreement between bot and human (live consistency with its Wilson interval,
 * Cohen's kappa, Gwet's AC1) and the share of good-or-excellent CSAT ratings with its Wilson interval.
 */
@RegisterForReflection
public record VersionStats(int version, Agreement agreement, Interval consistency, Csat csat) {

    /** Observed agreement and the chance-corrected coefficients; null figures when nothing was recorded. */
    @RegisterForReflection
    public record Agreement(long total, long agreed, Double observed, Double kappa, Double ac1) {

        public String kappaText() {
            return Figures.coefficient(kappa);
        }

        public String ac1Text() {
            return Figures.coefficient(ac1);
        }
    }

    /** CSAT: ratings given, how many were 4 or 5, and that share. */
    @RegisterForReflection
    public record Csat(long rated, long goodOrExcellent, Interval share) {
    }

    /** A two-sided 95% interval around an estimate. */
    @RegisterForReflection
    public record Interval(double estimate, double low, double high) {

        /** "92.0% (85.1–96.2%)", short enough to stand beside a chart row. */
        public String shortText() {
            return Figures.percent(estimate) + " (" + Figures.percent(low).replace("%", "") + "–"
                    + Figures.percent(high) + ")";
        }

        /** "92.0% (85.1% to 96.2%)". */
        public String text() {
            return Figures.percent(estimate) + " (" + Figures.percent(low) + " to " + Figures.percent(high) + ")";
        }
    }

    public String consistencyText() {
        return consistency == null ? "no decisions yet"
                : consistency.text() + ", " + agreement.agreed() + " of " + agreement.total() + " agreed";
    }

    public String csatText() {
        return csat == null || csat.share() == null ? "no ratings yet"
                : csat.share().text() + ", " + csat.goodOrExcellent() + " of " + csat.rated() + " good or excellent";
    }
}
