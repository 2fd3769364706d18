package io.vigil.console.lead;

import io.vigil.console.chart.BarChart;
import io.vigil.console.chart.RangeChart;
import io.vigil.console.chart.StackedBarChart;
import io.vigil.console.chart.Ticks;
import io.vigil.console.format.Figures;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Turns case-service's service report into the dashboard's charts, one row per group. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    static BarChart compliance(List<MetricsReport.GroupMetrics> groups) {
        List<BarChart.Point> points = groups.stream().map(g -> new BarChart.Point(g.group(), g.slaCompliance(),
                g.slaCompliance() == null ? "no SLA decided" : g.compliance())).toList();
        return BarChart.of("chart-sla", "SLA compliance (met among met and breached)", points, 1, Ticks.SHARES,
                v -> Figures.percent(v));
    }

    static StackedBarChart backlog(List<MetricsReport.GroupMetrics> groups) {
        List<StackedBarChart.Group> bars = groups.stream().map(g -> new StackedBarChart.Group(g.group(),
                g.backlog() == null ? List.of(0L, 0L, 0L, 0L, 0L) : g.backlog().counts())).toList();
        return StackedBarChart.of("chart-backlog", "Open cases now, by age", MetricsReport.Backlog.AGES, bars);
    }

    static RangeChart firstAction(List<MetricsReport.GroupMetrics> groups) {
        return durations("chart-first-action", "Time to first action", groups,
                MetricsReport.GroupMetrics::firstActionP50, MetricsReport.GroupMetrics::firstActionP90);
    }

    static RangeChart resolution(List<MetricsReport.GroupMetrics> groups) {
        return durations("chart-resolution", "Time to resolution", groups,
                MetricsReport.GroupMetrics::resolutionP50, MetricsReport.GroupMetrics::resolutionP90);
    }

    private static RangeChart durations(String id, String title, List<MetricsReport.GroupMetrics> groups,
            Function<MetricsReport.GroupMetrics, Double> median, Function<MetricsReport.GroupMetrics, Double> p90) {
        double max = Math.max(60, groups.stream().map(p90).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .max().orElse(0));
        long step = Ticks.durationStep(max);
        List<Double> ticks = Ticks.durations(max, step);
        List<RangeChart.Point> points = groups.stream().map(g -> new RangeChart.Point(g.group(), median.apply(g),
                p90.apply(g), median.apply(g) == null ? "nothing measured"
                        : "median " + Figures.duration(median.apply(g)) + ", p90 " + Figures.duration(p90.apply(g))))
                .toList();
        return RangeChart.of(id, title + ": median and 90th percentile", points, v -> Figures.duration(v), ticks,
                ticks.get(ticks.size() - 1));
    }
}
