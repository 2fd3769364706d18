package io.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schemas of the custom resources Vigil renders, from the operators' own CRDs (vendored under
 * {@code src/test/resources/crds}; see the README there for versions and sources).
 */
final class CrdSchemas {

    private static final List<String> FILES = List.of(
            "crds/postgresql.cnpg.io_clusters.yaml",
            "crds/keycloaks.k8s.keycloak.org-v1.yml",
            "crds/keycloakrealmimports.k8s.keycloak.org-v1.yml");

    private static final Map<String, JsonNode> SCHEMAS = load();

    private CrdSchemas() {
    }

    static boolean knows(JsonNode doc) {
        return SCHEMAS.containsKey(key(doc));
    }

    static Optional<JsonNode> schemaOf(JsonNode doc) {
        return Optional.ofNullable(SCHEMAS.get(key(doc)));
    }

    /** What is wrong with this custom resource against its CRD's schema; empty when it is valid. */
    static List<String> faults(JsonNode doc) {
        JsonNode schema = SCHEMAS.get(key(doc));
        if (schema == null) {
            return List.of("no CRD schema for " + key(doc));
        }
        return StructuralSchema.faultsOfResource(schema, doc);
    }

    private static String key(JsonNode doc) {
        return doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
    }

    private static Map<String, JsonNode> load() {
        Map<String, JsonNode> schemas = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = CrdSchemas.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + file);
                }
                JsonNode crd = Rendered.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get(0);
                String group = crd.at("/spec/group").asText();
                String kind = crd.at("/spec/names/kind").asText();
                for (JsonNode version : crd.at("/spec/versions")) {
                    schemas.put(group + "/" + version.path("name").asText() + "/" + kind,
                            version.at("/schema/openAPIV3Schema"));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        return schemas;
    }
}
