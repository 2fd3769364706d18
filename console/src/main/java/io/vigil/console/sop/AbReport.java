package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Figures;

/** sop-service's A/B report: version b against version a on live consistency and on CSAT. */
@RegisterForReflection
public record AbReport(VersionStats a, VersionStats b, Comparison consistency, Comparison csat) {

    /** The difference b - a with Newcombe's 95% interval and what may be concluded from it. */
    @RegisterForReflection
    public record Comparison(long successesA, long trialsA, long successesB, long trialsB,
            VersionStats.Interval difference, String verdict) {

        public String differenceText() {
            return difference == null ? "no interval (a version has no data)"
                    : Figures.points(difference.estimate()) + " (" + Figures.points(difference.low()) + " to "
                            + Figures.points(difference.high()) + ")";
        }

        /** The verdict in words, naming the versions. */
        public String conclusion(int versionA, int versionB) {
            if (verdict == null) {
                return "";
            }
            return switch (verdict) {
                case "B_BETTER" -> "Version " + versionB + " is better.";
                case "A_BETTER" -> "Version " + versionA + " is better.";
                case "NO_CLEAR_DIFFERENCE" -> "No clear difference between the versions.";
                case "SAMPLE_TOO_SMALL" -> "Too few decisions to tell the versions apart yet.";
                default -> verdict;
            };
        }
    }
}
