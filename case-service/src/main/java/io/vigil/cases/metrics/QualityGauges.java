package io.vigil.cases.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vigil.cases.quality.QualityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prometheus gauges of QA over a trailing window, by queue and by SOP version: {@code vigil_cases_qa_reviewed},
 * {@code vigil_cases_qa_passed} and {@code vigil_cases_qa_pass_rate}, tagged {@code by} and {@code group}. Per
 * investigator rates stay in the lead's report: people are not operator metrics. Tags stay bounded like the
 * backlog gauges': past {@code max-queues} groups per dimension the rest count as "other".
 */
@ApplicationScoped
public class QualityGauges {

    private final QualityMetricsReport report;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration window;
    private final int maxGroups;
    private final Map<String, double[]> values = new ConcurrentHashMap<>();

    QualityGauges(QualityMetricsReport report, MeterRegistry registry, Clock clock, QualityConfig config,
            @ConfigProperty(name = "vigil.cases.metrics.max-queues", defaultValue = "100") int maxGroups) {
        this.report = report;
        this.registry = registry;
        this.clock = clock;
        this.window = config.metricsWindow();
        this.maxGroups = maxGroups;
    }

    @Scheduled(identity = "vigil-quality-gauges", every = "${vigil.cases.metrics.refresh-interval:30s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Instant now = clock.instant();
        Map<String, double[]> fresh = new HashMap<>();
        for (QualityGrouping by : List.of(QualityGrouping.QUEUE, QualityGrouping.SOP)) {
            Map<String, long[]> counts = new HashMap<>();
            for (QualityMetrics m : report.query(now.minus(window), now, by, null)) {
                String group = counts.size() < maxGroups || counts.containsKey(m.group()) ? m.group()
                        : BacklogGauges.OTHER;
                long[] c = counts.computeIfAbsent(group, g -> new long[2]);
                c[0] += m.reviewed();
                c[1] += m.passed();
            }
            String dimension = by.name().toLowerCase();
            counts.forEach((group, c) -> {
                fresh.put(key("vigil.cases.qa.reviewed", dimension, group), new double[] {c[0]});
                fresh.put(key("vigil.cases.qa.passed", dimension, group), new double[] {c[1]});
                fresh.put(key("vigil.cases.qa.pass.rate", dimension, group), new double[] {(double) c[1] / c[0]});
            });
        }
        // A group with no review in the window reads 0 reviewed and an undefined (NaN) pass rate, not 0%.
        values.forEach((key, holder) -> holder[0] = fresh.containsKey(key) ? fresh.get(key)[0]
                : key.startsWith("vigil.cases.qa.pass.rate") ? Double.NaN : 0);
        fresh.forEach((key, value) -> gauge(key)[0] = value[0]);
    }

    private double[] gauge(String key) {
        return values.computeIfAbsent(key, k -> {
            String[] parts = k.split("\\|", 3);
            double[] holder = new double[1];
            registry.gauge(parts[0], Tags.of("by", parts[1], "group", parts[2]), holder, h -> h[0]);
            return holder;
        });
    }

    private static String key(String name, String dimension, String group) {
        return name + "|" + dimension + "|" + group;
    }
}
