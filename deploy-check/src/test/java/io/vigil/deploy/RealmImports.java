package io.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Derives each overlay's {@code KeycloakRealmImport} from the one realm file, {@code deploy/keycloak/vigil-realm.json},
 * so the cluster realm cannot drift from the local one: client secrets become operator placeholders filled from
 * the Secret {@code vigil-oidc-clients}, the console's URLs name the overlay's host, and production drops the
 * demo users and the password-grant client {@code vigil-cli}.
 */
final class RealmImports {

    static final String HEADER = """
            # GENERATED from deploy/keycloak/vigil-realm.json by deploy-check (RealmImports); do not edit.
            # Regenerate: ./mvnw -B verify -pl deploy-check -Dvigil.regenerate=true
            """;

    private RealmImports() {
    }

    static Path file(String overlay) {
        return Rendered.repoRoot().resolve("deploy/k8s/overlays").resolve(overlay).resolve("realm-import.yaml");
    }

    static String render(String overlay, String consoleHost) throws IOException {
        ObjectNode realm = (ObjectNode) Rendered.JSON.readTree(
                Rendered.repoRoot().resolve("deploy/keycloak/vigil-realm.json").toFile());
        boolean prod = "prod".equals(overlay);
        ObjectNode placeholders = Rendered.JSON.createObjectNode();
        for (Iterator<JsonNode> it = realm.withArray("clients").elements(); it.hasNext();) {
            ObjectNode client = (ObjectNode) it.next();
            String id = client.path("clientId").asText();
            if (prod && "vigil-cli".equals(id)) {
                it.remove();
                continue;
            }
            if (client.has("secret")) {
                String name = id.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
                client.put("secret", "${" + name + "}");
                placeholders.putObject(name).putObject("secret").put("name", "vigil-oidc-clients").put("key", id);
            }
            if ("console".equals(id)) {
                client.put("rootUrl", "https://" + consoleHost);
                client.set("redirectUris", Rendered.JSON.createArrayNode().add("https://" + consoleHost + "/*"));
            }
        }
        if (prod) {
            ArrayNode users = realm.withArray("users");
            for (Iterator<JsonNode> it = users.elements(); it.hasNext();) {
                if (!it.next().has("serviceAccountClientId")) {
                    it.remove();
                }
            }
        }
        ObjectNode resource = Rendered.JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "vigil-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", realm);
        return HEADER + Rendered.YAML.writeValueAsString(resource).replaceFirst("^---\n", "");
    }

    static void write(String overlay, String consoleHost) throws IOException {
        Files.writeString(file(overlay), render(overlay, consoleHost));
    }
}
