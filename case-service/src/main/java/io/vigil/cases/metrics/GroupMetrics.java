package io.vigil.cases.metrics;

/**
 * The figures of one group for a period. The cohort is the cases opened in the period; rates are shares of it
 * (null when nothing qualifies); durations are seconds; the backlog is the open cases now, by age. Appeals are those
 * decided in the period against actions on the group's cases; the overturn rate is overturned over decided.
 */
public record GroupMetrics(String group, long opened, long resolved, Double slaCompliance,
        Double firstActionP50, Double firstActionP90, Double resolutionP50, Double resolutionP90,
        Double escalationRate, Double reopenRate, Backlog backlog, long appealsDecided, long appealsOverturned,
        Double appealOverturnRate) {

    /** Open cases by age: under a day, 1-3 days, 3-7 days, 7-30 days, over 30 days. */
    public record Backlog(long underOneDay, long oneToThreeDays, long threeToSevenDays, long sevenToThirtyDays,
            long overThirtyDays) {

        public long total() {
            return underOneDay + oneToThreeDays + threeToSevenDays + sevenToThirtyDays + overThirtyDays;
        }
    }
}
