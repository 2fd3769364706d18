package io.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SchemaValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectIsValidForItsApiOrCrd(String overlay) {
        List<String> faults = new ArrayList<>();
        for (JsonNode doc : Rendered.overlay(overlay)) {
            if (StrictApiModel.knows(doc)) {
                StrictApiModel.fault(doc).ifPresent(fault -> faults.add(Rendered.id(doc) + ": " + fault));
            } else {
                CrdSchemas.faults(doc).forEach(fault -> faults.add(Rendered.id(doc) + ": " + fault));
            }
        }
        assertThat(faults).isEmpty();
        assertThat(Rendered.overlay(overlay)).hasSizeGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectHasANameAndNoneIsRenderedTwice(String overlay) {
        List<String> ids = Rendered.overlay(overlay).stream().map(Rendered::id).toList();
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.endsWith("/"));
    }

    /** The checks must be able to fail: each mutation below is a mistake a person could make. */
    @Nested
    class CatchesMistakes {

        @Test
        void aMisspelledDeploymentFieldIsRejectedWithItsPath() {
            ObjectNode deployment = Rendered.named("prod", "Deployment", "case-service").deepCopy();
            ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).set("livenesProbe",
                    deployment.at("/spec/template/spec/containers/0/livenessProbe"));

            assertThat(StrictApiModel.fault(deployment)).hasValueSatisfying(
                    fault -> assertThat(fault).contains("livenesProbe").contains("containers"));
        }

        @Test
        void aNumberWrittenAsAStringIsRejected() {
            ObjectNode hpa = Rendered.named("prod", "HorizontalPodAutoscaler", "sop-service").deepCopy();
            ((ObjectNode) hpa.get("spec")).put("maxReplicas", "6");

            assertThat(StrictApiModel.fault(hpa)).isPresent();
        }

        @Test
        void aMisspelledClusterFieldIsRejected() {
            ObjectNode cluster = Rendered.named("prod", "Cluster", "audit-db").deepCopy();
            ((ObjectNode) cluster.get("spec")).put("instance", 3);

            assertThat(CrdSchemas.faults(cluster)).containsExactly(".spec.instance: unknown field");
        }

        @Test
        void anUnknownSynchronousReplicationMethodIsRejected() {
            ObjectNode cluster = Rendered.named("prod", "Cluster", "case-db").deepCopy();
            ((ObjectNode) cluster.at("/spec/postgresql/synchronous")).put("method", "all");

            assertThat(CrdSchemas.faults(cluster)).anyMatch(fault -> fault.contains("synchronous.method"));
        }

        @Test
        void aKeycloakWithAMisspelledHostnameOptionIsRejected() {
            ObjectNode keycloak = Rendered.named("prod", "Keycloak", "keycloak").deepCopy();
            ((ObjectNode) keycloak.at("/spec/hostname")).put("backchannelDynamc", true);

            assertThat(CrdSchemas.faults(keycloak)).containsExactly(".spec.hostname.backchannelDynamc: unknown field");
        }

        @Test
        void aKindWithNeitherAModelNorACrdIsReported() {
            ObjectNode unknown = Rendered.JSON.createObjectNode().put("apiVersion", "example.com/v1").put("kind", "Thing");

            assertThat(CrdSchemas.faults(unknown)).containsExactly("no CRD schema for example.com/v1/Thing");
        }
    }
}
