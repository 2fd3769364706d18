package io.vigil.console.sop;

import io.vigil.console.chart.IntervalChart;
import io.vigil.console.format.Links;
import io.vigil.console.outbound.Answer;
import java.util.List;

/**
 * The performance page: each live version's figures as charts and a table, and, when two versions are chosen,
 * sop-service's A/B report on them.
 */
public record PerformanceView(SopSummary sop, List<VersionFigures> figures, Integer a, Integer b,
        Answer<AbReport> comparison) {

    public String sopLink() {
        return "/sops/" + Links.segment(sop.key());
    }

    public IntervalChart consistencyChart() {
        return PerformanceCharts.consistency(figures);
    }

    public IntervalChart csatChart() {
        return PerformanceCharts.csat(figures);
    }

    public IntervalChart kappaChart() {
        return PerformanceCharts.kappa(figures);
    }

    public IntervalChart differenceChart() {
        return comparison != null && comparison.ok() ? PerformanceCharts.differences(comparison.value(), a, b) : null;
    }

    /** Version A of the comparison form: the one asked for, else the second newest live version. */
    public int chosenA() {
        return a != null ? a : figures.size() < 2 ? 0 : figures.get(figures.size() - 2).version().number();
    }

    /** Version B: the one asked for, else the newest live version. */
    public int chosenB() {
        return b != null ? b : figures.isEmpty() ? 0 : figures.get(figures.size() - 1).version().number();
    }

    public boolean comparable() {
        return figures.size() >= 2;
    }
}
