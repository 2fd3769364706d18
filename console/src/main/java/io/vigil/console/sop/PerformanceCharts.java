package io.vigil.console.sop;

import io.vigil.console.chart.IntervalChart;
import io.vigil.console.chart.Ticks;
import io.vigil.console.format.Figures;
import java.util.ArrayList;
import java.util.List;

/** Turns versions' production figures into the charts of the performance page. */
final class PerformanceCharts {

    private PerformanceCharts() {
    }

    static IntervalChart consistency(List<VersionFigures> figures) {
        List<IntervalChart.Point> points = new ArrayList<>();
        for (VersionFigures f : figures) {
            VersionStats s = f.stats().orElse(null);
            VersionStats.Interval i = s == null ? null : s.consistency();
            points.add(i == null ? empty(f, s == null ? "figures unavailable" : "no decisions yet")
                    : new IntervalChart.Point(f.chartLabel(), i.estimate(), i.low(), i.high(),
                            i.shortText() + ", n=" + s.agreement().total()));
        }
        return IntervalChart.of("chart-consistency", "Live consistency (bot and human agree), 95% Wilson interval",
                points, 0, 1, Ticks.SHARES, v -> Figures.percent(v));
    }

    static IntervalChart csat(List<VersionFigures> figures) {
        List<IntervalChart.Point> points = new ArrayList<>();
        for (VersionFigures f : figures) {
            VersionStats s = f.stats().orElse(null);
            VersionStats.Interval i = s == null || s.csat() == null ? null : s.csat().share();
            points.add(i == null ? empty(f, s == null ? "figures unavailable" : "no ratings yet")
                    : new IntervalChart.Point(f.chartLabel(), i.estimate(), i.low(), i.high(),
                            i.shortText() + ", n=" + s.csat().rated()));
        }
        return IntervalChart.of("chart-csat", "CSAT rated good or excellent, 95% Wilson interval", points, 0, 1,
                Ticks.SHARES, v -> Figures.percent(v));
    }

    /** Kappa has no interval from sop-service, so each version is a dot; AC1 is named beside it. */
    static IntervalChart kappa(List<VersionFigures> figures) {
        List<IntervalChart.Point> points = new ArrayList<>();
        for (VersionFigures f : figures) {
            VersionStats s = f.stats().orElse(null);
            Double kappa = s == null ? null : s.agreement().kappa();
            points.add(kappa == null ? empty(f, s == null ? "figures unavailable" : "no kappa yet")
                    : new IntervalChart.Point(f.chartLabel(), kappa, null, null,
                            "κ " + Figures.coefficient(kappa) + ", AC1 " + s.agreement().ac1Text()));
        }
        return IntervalChart.of("chart-kappa", "Cohen's kappa between bot and human outcomes", points, -1, 1,
                Ticks.SIGNED, v -> Figures.coefficient(v));
    }

    /** The A/B differences b - a with Newcombe's interval, around a zero line. */
    static IntervalChart differences(AbReport report, int a, int b) {
        List<IntervalChart.Point> points = List.of(difference("Consistency", report.consistency()),
                difference("CSAT good or excellent", report.csat()));
        return IntervalChart.of("chart-difference", "Version " + b + " minus version " + a
                + ", 95% Newcombe interval", points, -1, 1, Ticks.SIGNED, v -> Figures.points(v));
    }

    private static IntervalChart.Point difference(String label, AbReport.Comparison c) {
        VersionStats.Interval d = c == null ? null : c.difference();
        return d == null ? new IntervalChart.Point(label, null, null, null, "no interval")
                : new IntervalChart.Point(label, d.estimate(), d.low(), d.high(), c.differenceText());
    }

    private static IntervalChart.Point empty(VersionFigures f, String why) {
        return new IntervalChart.Point(f.chartLabel(), null, null, null, why);
    }
}
