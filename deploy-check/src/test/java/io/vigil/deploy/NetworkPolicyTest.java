package io.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policies allow exactly the calls of DESIGN.md: a call needs an egress rule at one end and ingress at the other. */
class NetworkPolicyTest {

    private static final Map<String, Map<String, String>> WORKLOADS = workloads();
    private static final String INGRESS_CONTROLLER = "ingress-nginx";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everythingIsDeniedUnlessAllowedAndEveryPodMayResolveNames(String overlay) {
        JsonNode deny = Rendered.named(overlay, "NetworkPolicy", "default-deny");
        assertThat(deny.at("/spec/podSelector").size()).isZero();
        assertThat(deny.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
        assertThat(deny.at("/spec/ingress").isMissingNode() && deny.at("/spec/egress").isMissingNode()).isTrue();
        JsonNode dns = Rendered.named(overlay, "NetworkPolicy", "allow-dns");
        assertThat(dns.at("/spec/egress/0/ports").toString()).contains("53", "UDP", "TCP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyApplicationAndDatabaseIsSelectedByAPolicyOfItsOwn(String overlay) {
        for (var workload : WORKLOADS.entrySet()) {
            boolean selected = Rendered.ofKind(overlay, "NetworkPolicy").stream()
                    .filter(policy -> policy.at("/spec/podSelector").size() > 0)
                    .anyMatch(policy -> matches(policy.at("/spec/podSelector"), workload.getValue()));
            assertThat(selected).as(workload.getKey()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheCallsOfTheDesignAreAllowedBetweenWorkloads(String overlay) {
        Set<String> allowed = new TreeSet<>();
        for (String from : WORKLOADS.keySet()) {
            for (String to : WORKLOADS.keySet()) {
                if (!from.equals(to) && egressAllows(overlay, from, to) && ingressAllows(overlay, to, from)) {
                    allowed.add(from + " -> " + to);
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(
                "console -> case-service", "console -> sop-service", "console -> audit-service",
                "case-service -> sop-service", "case-service -> audit-service", "sop-service -> audit-service",
                "console -> keycloak", "case-service -> keycloak", "sop-service -> keycloak",
                "audit-service -> keycloak",
                "case-service -> case-db", "sop-service -> sop-db", "audit-service -> audit-db",
                "keycloak -> keycloak-db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressControllerReachesTheConsoleTheApisAndKeycloakOnly(String overlay) {
        Set<String> reached = new TreeSet<>();
        for (String to : WORKLOADS.keySet()) {
            if (ingressFromNamespace(overlay, to, INGRESS_CONTROLLER)) {
                reached.add(to);
            }
        }
        assertThat(reached).containsExactlyInAnyOrder("console", "case-service", "sop-service", "audit-service",
                "keycloak");
    }

    private static boolean egressAllows(String overlay, String from, String to) {
        return policiesSelecting(overlay, from).stream().flatMap(p -> stream(p.at("/spec/egress")))
                .anyMatch(rule -> peerMatches(rule.get("to"), WORKLOADS.get(to)));
    }

    private static boolean ingressAllows(String overlay, String to, String from) {
        return policiesSelecting(overlay, to).stream().flatMap(p -> stream(p.at("/spec/ingress")))
                .anyMatch(rule -> peerMatches(rule.get("from"), WORKLOADS.get(from)));
    }

    private static boolean ingressFromNamespace(String overlay, String to, String namespace) {
        return policiesSelecting(overlay, to).stream().flatMap(p -> stream(p.at("/spec/ingress")))
                .flatMap(rule -> stream(rule.path("from")))
                .anyMatch(peer -> namespace.equals(
                        peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText()));
    }

    /** A rule without peers allows any address; a peer with a namespace selector is another namespace. */
    private static boolean peerMatches(JsonNode peers, Map<String, String> labels) {
        if (peers == null || peers.isEmpty()) {
            return peers == null;
        }
        return stream(peers).anyMatch(peer -> !peer.has("namespaceSelector") && !peer.has("ipBlock")
                && matches(peer.path("podSelector"), labels));
    }

    private static List<JsonNode> policiesSelecting(String overlay, String workload) {
        return Rendered.ofKind(overlay, "NetworkPolicy").stream()
                .filter(p -> matches(p.at("/spec/podSelector"), WORKLOADS.get(workload))).toList();
    }

    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        for (var it = selector.path("matchLabels").fields(); it.hasNext();) {
            var label = it.next();
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        return !selector.has("matchExpressions");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static Map<String, Map<String, String>> workloads() {
        Map<String, Map<String, String>> workloads = new LinkedHashMap<>();
        for (String app : DeploymentRulesTest.APPS) {
            workloads.put(app, Map.of("app.kubernetes.io/name", app, "app.kubernetes.io/part-of", "vigil"));
        }
        for (String db : List.of("case-db", "sop-db", "audit-db", "keycloak-db")) {
            workloads.put(db, Map.of("cnpg.io/cluster", db));
        }
        workloads.put("keycloak", Map.of("app", "keycloak"));
        return workloads;
    }
}
