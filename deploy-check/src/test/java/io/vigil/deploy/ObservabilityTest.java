package io.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The dashboard and alert rules parse, are complete, and use only metrics the code exposes or owes. */
class ObservabilityTest {

    private static final Path DIR = Rendered.repoRoot().resolve("deploy/observability");
    private static final Pattern METRIC = Pattern.compile("\\b(vigil_[a-z0-9_]+|http_server_[a-z_]+|jvm_[a-z_]+|agroal_[a-z_]+)");
    private static final Pattern REGISTRATION = Pattern.compile(
            "(Gauge|Counter|Timer|DistributionSummary)\\.builder\\(\"([a-z0-9.]+)\"[^;]*;", Pattern.DOTALL);
    /** The registry's shorthand registrations: {@code registry.counter("name", ...)}, {@code registry.gauge(...)}. */
    private static final Pattern SHORTHAND = Pattern.compile(
            "\\.(counter|gauge)\\((?:[^;]*?\\? )?\"(vigil[a-z0-9._]+)\"(?:\\s*:\\s*\"(vigil[a-z0-9._]+)\")?", Pattern.DOTALL);
    private static final Pattern BASE_UNIT = Pattern.compile("baseUnit\\(\"([a-z]+)\"\\)");

    @Test
    void everyAlertHasASeverityASummaryAndAnExpression() throws IOException {
        JsonNode rules = Rendered.YAML.readTree(DIR.resolve("vigil-alerts.rules.yaml").toFile());
        List<JsonNode> alerts = rules.path("groups").findValues("rules").stream()
                .flatMap(group -> stream(group)).toList();
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(10).allSatisfy(alert -> {
            assertThat(alert.path("alert").asText()).matches("Vigil[A-Za-z]+");
            assertThat(alert.path("expr").asText()).isNotBlank();
            assertThat(alert.at("/labels/severity").asText()).isIn("warning", "critical");
            assertThat(alert.at("/annotations/summary").asText()).isNotBlank();
        });
        assertThat(alerts).extracting(alert -> alert.path("alert").asText()).doesNotHaveDuplicates()
                .contains("VigilHighErrorRate", "VigilAuditOutboxLagging", "VigilAuditSequencerStalled",
                        "VigilAuditCheckpointStale", "VigilSlaBreachesUrgent");
    }

    @Test
    void everyDashboardPanelQueriesPrometheus() throws IOException {
        JsonNode dashboard = Rendered.JSON.readTree(DIR.resolve("vigil-dashboard.json").toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("vigil-overview");
        assertThat(stream(dashboard.path("panels")).toList()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(panel -> {
            assertThat(panel.path("title").asText()).isNotBlank();
            assertThat(panel.path("targets").findValuesAsText("expr")).isNotEmpty().allMatch(e -> !e.isBlank());
        });
    }

    @Test
    void everyVigilMetricUsedIsRegisteredInCodeOrListedAsPending() throws IOException {
        Set<String> used = new TreeSet<>(metricsIn(Files.readString(DIR.resolve("vigil-alerts.rules.yaml"))));
        used.addAll(metricsIn(Files.readString(DIR.resolve("vigil-dashboard.json"))));
        Set<String> registered = registeredMetrics();
        Set<String> pending = pendingMetrics();

        assertThat(registered).as("metrics registered by the code").contains("vigil_audit_outbox_pending",
                "vigil_audit_outbox_oldest_age_seconds");
        assertThat(used.stream().filter(m -> m.startsWith("vigil_")))
                .allSatisfy(metric -> assertThat(registered.contains(metric) || pending.contains(metric))
                        .as(metric + " is neither registered in code nor listed in pending-metrics.txt").isTrue());
        assertThat(pending).as("pending metrics that the code now registers: remove them from pending-metrics.txt")
                .doesNotContainAnyElementsOf(registered);
    }

    static Set<String> metricsIn(String text) {
        Set<String> metrics = new HashSet<>();
        Matcher matcher = METRIC.matcher(text);
        while (matcher.find()) {
            metrics.add(matcher.group(1));
        }
        return metrics;
    }

    /** Prometheus names of the meters registered in the modules' main code. */
    static Set<String> registeredMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Rendered.repoRoot())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .toList()) {
                String code = Files.readString(file);
                Matcher matcher = REGISTRATION.matcher(code);
                while (matcher.find()) {
                    Matcher unit = BASE_UNIT.matcher(matcher.group());
                    names.add(prometheusName(matcher.group(1), matcher.group(2), unit.find() ? unit.group(1) : null));
                }
                Matcher shorthand = SHORTHAND.matcher(code);
                while (shorthand.find()) {
                    String type = shorthand.group(1).equals("counter") ? "Counter" : "Gauge";
                    for (int group = 2; group <= 3; group++) {
                        if (shorthand.group(group) != null) {
                            names.add(prometheusName(type, shorthand.group(group), null));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static String prometheusName(String type, String name, String baseUnit) {
        String base = name.replace('.', '_');
        return switch (type) {
            case "Counter" -> base + "_total";
            case "Timer" -> base + "_seconds";
            default -> baseUnit == null ? base : base + "_" + baseUnit;
        };
    }

    private static Set<String> pendingMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(DIR.resolve("pending-metrics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.trim().split("\\s+")[0]);
            }
        }
        return names;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
