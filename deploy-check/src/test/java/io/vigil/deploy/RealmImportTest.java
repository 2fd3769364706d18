package io.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RealmImportTest {

    @ParameterizedTest
    @CsvSource({"dev, vigil.localtest.me", "prod, vigil.example.com"})
    void theCommittedRealmImportIsDerivedFromTheLocalRealm(String overlay, String host) throws IOException {
        if (Boolean.getBoolean("vigil.regenerate")) {
            RealmImports.write(overlay, host);
        }
        assertThat(Files.readString(RealmImports.file(overlay)))
                .as("deploy/k8s/overlays/%s/realm-import.yaml is stale: regenerate it (see its header)", overlay)
                .isEqualTo(RealmImports.render(overlay, host));
        assertThat(Rendered.named(overlay, "Ingress", "vigil").at("/spec/rules/0/host").asText()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noClientSecretIsWrittenIntoTheRealmImport(String overlay) {
        JsonNode spec = Rendered.named(overlay, "KeycloakRealmImport", "vigil-realm").path("spec");
        for (JsonNode client : spec.at("/realm/clients")) {
            if (client.has("secret")) {
                String secret = client.path("secret").asText();
                assertThat(secret).matches("\\$\\{[A-Z_]+_CLIENT_SECRET}");
                String placeholder = secret.substring(2, secret.length() - 1);
                assertThat(spec.at("/placeholders/" + placeholder + "/secret/name").asText())
                        .isEqualTo("vigil-oidc-clients");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void productionHasNoDemoUsersAndNoPasswordGrantClient(String overlay) {
        JsonNode realm = Rendered.named(overlay, "KeycloakRealmImport", "vigil-realm").at("/spec/realm");
        List<JsonNode> users = StreamSupport.stream(realm.path("users").spliterator(), false).toList();
        assertThat(users).isNotEmpty().allSatisfy(user -> {
            assertThat(user.has("serviceAccountClientId")).as(user.path("username").asText()).isTrue();
            assertThat(user.has("credentials")).isFalse();
        });
        assertThat(realm.path("clients").findValuesAsText("clientId")).doesNotContain("vigil-cli")
                .contains("console", "case-service", "sop-service", "audit-service", "ticketbot");
        assertThat(realm.toString()).doesNotContain("local-secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev"})
    void developmentKeepsTheDemoUsers(String overlay) {
        JsonNode realm = Rendered.named(overlay, "KeycloakRealmImport", "vigil-realm").at("/spec/realm");
        assertThat(realm.path("users").findValuesAsText("username")).contains("ivy", "lena", "aud");
    }
}
