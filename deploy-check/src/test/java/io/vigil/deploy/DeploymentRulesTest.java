package io.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentRulesTest {

    static final List<String> APPS = List.of("case-service", "sop-service", "audit-service", "console");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void exactlyTheFourApplicationsAreDeployed(String overlay) {
        assertThat(Rendered.ofKind(overlay, "Deployment")).extracting(d -> d.at("/metadata/name").asText())
                .containsExactlyInAnyOrderElementsOf(APPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasStartupLivenessAndReadinessProbesOnTheQuarkusHealthEndpoints(String overlay) {
        for (JsonNode container : containers(overlay)) {
            String name = container.path("name").asText();
            assertThat(container.at("/startupProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/live");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/ready");
            int startupBudget = container.at("/startupProbe/periodSeconds").asInt()
                    * container.at("/startupProbe/failureThreshold").asInt();
            assertThat(startupBudget).as(name + " startup budget in seconds").isGreaterThanOrEqualTo(120);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRequestsAndLimitsCpuAndMemoryWithTheHeapUnderTheLimit(String overlay) {
        for (JsonNode container : containers(overlay)) {
            String name = container.path("name").asText();
            for (String resource : List.of("/resources/requests/cpu", "/resources/requests/memory",
                    "/resources/limits/cpu", "/resources/limits/memory")) {
                assertThat(container.at(resource).asText()).as(name + resource).isNotBlank();
            }
        }
        JsonNode common = Rendered.named(overlay, "ConfigMap", "vigil-common").path("data");
        assertThat(common.path("JAVA_MAX_MEM_RATIO").asInt()).isBetween(25, 75);
        assertThat(common.path("JAVA_TOOL_OPTIONS").asText()).contains("-XX:MaxRAMPercentage=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodRunsAsNonRootOnAReadOnlyRootWithAWritableTmp(String overlay) {
        for (JsonNode deployment : Rendered.ofKind(overlay, "Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            String name = Rendered.id(deployment);
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            JsonNode container = pod.at("/containers/0");
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
            assertThat(container.at("/securityContext/capabilities/drop").toString()).as(name).contains("ALL");
            assertThat(mountPaths(container)).as(name).contains("/tmp");
        }
        assertThat(mountPaths(Rendered.named(overlay, "Deployment", "audit-service").at("/spec/template/spec/containers/0")))
                .contains("/var/lib/vigil/exports");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyApplicationHasAServiceAPodDisruptionBudgetAndAnAutoscaler(String overlay) {
        for (String app : APPS) {
            assertThat(Rendered.named(overlay, "Service", app).at("/spec/selector/app.kubernetes.io~1name").asText())
                    .isEqualTo(app);
            assertThat(Rendered.named(overlay, "PodDisruptionBudget", app)
                    .at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(app);
            assertThat(Rendered.named(overlay, "HorizontalPodAutoscaler", app).at("/spec/scaleTargetRef/name").asText())
                    .isEqualTo(app);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsReachContainersOnlyByReference(String overlay) {
        for (JsonNode container : containers(overlay)) {
            for (JsonNode env : container.path("env")) {
                String name = env.path("name").asText();
                if (name.matches(".*(SECRET|PASSWORD|SIGNING_KEY).*")) {
                    assertThat(env.has("value")).as(container.path("name").asText() + " " + name).isFalse();
                    assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).as(name).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void productionRendersNoSecretAndPinsEveryImage(String overlay) {
        assertThat(Rendered.ofKind(overlay, "Secret")).isEmpty();
        for (JsonNode container : containers(overlay)) {
            assertThat(container.path("image").asText()).as(container.path("name").asText())
                    .matches("[^:]+/vigil/[a-z-]+:\\d+\\.\\d+\\.\\d+").doesNotEndWith(":latest");
        }
    }

    @Test
    void productionExportsTracesToTheCollectorItMayReachAndDevelopmentExportsNone() {
        assertThat(Rendered.named("prod", "ConfigMap", "vigil-common").at("/data/OTEL_EXPORTER_OTLP_ENDPOINT").asText())
                .isEqualTo("http://otel-collector.monitoring:4317");
        assertThat(Rendered.named("prod", "NetworkPolicy", "allow-otlp").at("/spec/egress/0/ports/0/port").asInt())
                .isEqualTo(4317);
        assertThat(Rendered.named("dev", "ConfigMap", "vigil-common").at("/data/OTEL_EXPORTER_OTLP_ENDPOINT")
                .isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev"})
    void developmentSecretsAreMarkedDevOnly(String overlay) {
        assertThat(Rendered.ofKind(overlay, "Secret")).isNotEmpty().allSatisfy(secret -> assertThat(
                secret.at("/metadata/labels/vigil.io~1dev-only").asText()).isEqualTo("true"));
    }

    @Test
    void developmentPinsThePublicHalfOfItsOwnAuditSigningKeyInTheConsole() {
        String signing = new String(Base64.getMimeDecoder().decode(Rendered.named("dev", "Secret",
                "vigil-audit-signing-key").at("/data/signing-key").asText()), StandardCharsets.UTF_8);
        String pinned = Rendered.named("dev", "ConfigMap", "console").at("/data/VIGIL_AUDIT_PINNED_KEY").asText();
        // Name and key hash (C2SP note keys) are shared by a signing key and its verifier key.
        String[] parts = signing.split("\\+", 5);
        String nameAndHash = parts[2] + "+" + parts[3] + "+";
        assertThat(pinned).startsWith(nameAndHash).isNotEqualTo(signing).doesNotContain("PRIVATE");
        assertThat(Rendered.named("prod", "ConfigMap", "console").at("/data/VIGIL_AUDIT_PINNED_KEY").isMissingNode())
                .as("prod pins its own log's key, set where its signing key is made").isTrue();
    }

    static List<JsonNode> containers(String overlay) {
        return Rendered.ofKind(overlay, "Deployment").stream()
                .flatMap(d -> StreamSupport.stream(d.at("/spec/template/spec/containers").spliterator(), false))
                .toList();
    }

    private static List<String> mountPaths(JsonNode container) {
        return StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .map(mount -> mount.path("mountPath").asText()).toList();
    }
}
