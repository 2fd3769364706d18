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

    public boolean comparable() {
        return figures.size() >= 2;
    }
}
