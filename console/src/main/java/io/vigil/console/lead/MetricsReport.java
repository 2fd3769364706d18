package io.vigil.console.lead;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Figures;
import java.time.Instant;
import java.util.List;

/** case-service's service report: one row per group over the cases opened in [from, to); the backlog is now. */
@RegisterForReflection
public record MetricsReport(Instant from, Instant to, String groupBy, List<GroupMetrics> groups) {

    public MetricsReport {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The figures of one queue, domain or region; rates and percentiles are null when nothing qualifies. */
    @RegisterForReflection
    public record GroupMetrics(String group, long opened, long resolved, Double slaCompliance, Double firstActionP50,
            Double firstActionP90, Double resolutionP50, Double resolutionP90, Double escalationRate,
            Double reopenRate, Backlog backlog) {

        public String compliance() {
            return Figures.percent(slaCompliance);
        }

        public String firstAction() {
            return Figures.duration(firstActionP50) + " / " + Figures.duration(firstActionP90);
        }

        public String resolution() {
            return Figures.duration(resolutionP50) + " / " + Figures.duration(resolutionP90);
        }

        public String escalation() {
            return Figures.percent(escalationRate);
        }

        public String reopen() {
            return Figures.percent(reopenRate);
        }
    }

    /** Open cases by age. */
    @RegisterForReflection
    public record Backlog(long underOneDay, long oneToThreeDays, long threeToSevenDays, long sevenToThirtyDays,
            long overThirtyDays) {

        static final List<String> AGES = List.of("under 1 day", "1-3 days", "3-7 days", "7-30 days", "over 30 days");

        public List<Long> counts() {
            return List.of(underOneDay, oneToThreeDays, threeToSevenDays, sevenToThirtyDays, overThirtyDays);
        }

        public long total() {
            return underOneDay + oneToThreeDays + threeToSevenDays + sevenToThirtyDays + overThirtyDays;
        }
    }
}
