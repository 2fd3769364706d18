package io.vigil.cases.rest;

import io.vigil.cases.metrics.GroupMetrics;
import io.vigil.cases.metrics.Grouping;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report as RFC 4180 CSV, one row per group, empty cells where a figure has nothing to measure. */
final class MetricsCsv {

    static final String HEADER = "opened,resolved,slaCompliance,firstActionP50Seconds,firstActionP90Seconds,"
            + "resolutionP50Seconds,resolutionP90Seconds,escalationRate,reopenRate,backlogUnder1d,backlog1to3d,"
            + "backlog3to7d,backlog7to30d,backlogOver30d,appealsDecided,appealsOverturned,appealOverturnRate";

    private MetricsCsv() {
    }

    static String of(Grouping grouping, List<GroupMetrics> groups) {
        StringBuilder csv = new StringBuilder(grouping.name().toLowerCase()).append(',').append(HEADER).append("\r\n");
        groups.forEach(g -> csv.append(row(g)).append("\r\n"));
        return csv.toString();
    }

    private static String row(GroupMetrics g) {
        GroupMetrics.Backlog b = g.backlog();
        return Stream.of(quote(g.group()), g.opened(), g.resolved(), g.slaCompliance(), g.firstActionP50(),
                g.firstActionP90(), g.resolutionP50(), g.resolutionP90(), g.escalationRate(), g.reopenRate(),
                b.underOneDay(), b.oneToThreeDays(), b.threeToSevenDays(), b.sevenToThirtyDays(), b.overThirtyDays(),
                g.appealsDecided(), g.appealsOverturned(), g.appealOverturnRate())
                .map(v -> Objects.toString(v, "")).collect(Collectors.joining(","));
    }

    private static String quote(String value) {
        return value.matches("[^\",\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
