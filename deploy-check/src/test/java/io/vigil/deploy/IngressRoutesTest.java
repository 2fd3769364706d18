package io.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngressRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachPathPrefixReachesTheServiceThatOwnsIt(String overlay) {
        JsonNode ingress = Rendered.named(overlay, "Ingress", "vigil");
        Map<String, String> routes = new LinkedHashMap<>();
        for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
            assertThat(path.path("pathType").asText()).isEqualTo("Prefix");
            routes.put(path.path("path").asText(), path.at("/backend/service/name").asText());
        }
        assertThat(routes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/", "console",
                "/api/cases", "case-service", "/api/queues", "case-service", "/api/enforcements", "case-service",
                "/api/incidents", "case-service", "/api/metrics", "case-service", "/api/shifts", "case-service",
                "/api/quality", "case-service",
                "/api/sops", "sop-service",
                "/api/audit", "audit-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressServesTheHostItsTlsCertificateNames(String overlay) {
        JsonNode ingress = Rendered.named(overlay, "Ingress", "vigil");
        assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo(ingress.at("/spec/rules/0/host").asText());
    }
}
