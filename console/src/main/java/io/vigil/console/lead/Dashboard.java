package io.vigil.console.lead;

import io.vigil.console.chart.BarChart;
import io.vigil.console.chart.RangeChart;
import io.vigil.console.chart.StackedBarChart;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;

/** What the lead dashboard shows: the service report as charts and a table, and the breached cases. */
public record Dashboard(DashboardQuery query, Answer<MetricsReport> report, Answer<ItemPage<BreachedCase>> breaches) {

    public boolean hasGroups() {
        return report.ok() && !report.value().groups().isEmpty();
    }

    public BarChart complianceChart() {
        return DashboardCharts.compliance(report.value().groups());
    }

    public StackedBarChart backlogChart() {
        return DashboardCharts.backlog(report.value().groups());
    }

    public RangeChart firstActionChart() {
        return DashboardCharts.firstAction(report.value().groups());
    }

    public RangeChart resolutionChart() {
        return DashboardCharts.resolution(report.value().groups());
    }
}
