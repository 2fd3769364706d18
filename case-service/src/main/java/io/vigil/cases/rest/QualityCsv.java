package io.vigil.cases.rest;

import io.vigil.cases.metrics.QualityGrouping;
import io.vigil.cases.metrics.QualityMetrics;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The QA report as RFC 4180 CSV, one row per group, empty cells where a rate has nothing to measure. */
final class QualityCsv {

    static final String HEADER = "reviewed,passed,passRate,agreementRate,meanScoreShare";

    private QualityCsv() {
    }

    static String of(QualityGrouping grouping, List<QualityMetrics> groups) {
        StringBuilder csv = new StringBuilder(grouping.name().toLowerCase()).append(',').append(HEADER).append("\r\n");
        groups.forEach(g -> csv.append(Stream.of(quote(g.group()), g.reviewed(), g.passed(), g.passRate(),
                g.agreementRate(), g.meanScoreShare()).map(v -> Objects.toString(v, ""))
                .collect(Collectors.joining(","))).append("\r\n"));
        return csv.toString();
    }

    private static String quote(String value) {
        return value.matches("[^\",\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
