package io.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The manifests an overlay renders to, read once per test run through {@code kubectl kustomize}. */
final class Rendered {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, List<JsonNode>> CACHE = new ConcurrentHashMap<>();

    private Rendered() {
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("vigil.repo.root", "..")).toAbsolutePath().normalize();
    }

    static List<JsonNode> overlay(String name) {
        return CACHE.computeIfAbsent(name, Rendered::render);
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return overlay(overlay).stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
    }

    static JsonNode named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(doc -> name.equals(doc.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    static String id(JsonNode doc) {
        return doc.path("kind").asText() + "/" + doc.at("/metadata/name").asText();
    }

    static List<JsonNode> readAll(String yaml) {
        try (var parser = new YAMLFactory().createParser(yaml)) {
            List<JsonNode> docs = new ArrayList<>();
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext();) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new IllegalStateException("not YAML: " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> render(String overlay) {
        Path dir = repoRoot().resolve("deploy/k8s/overlays").resolve(overlay);
        try {
            Process kubectl = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(120, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + out);
            }
            return readAll(out);
        } catch (IOException e) {
            throw new AssertionError("cannot run kubectl (install it: apt-get install kubectl): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir);
        }
    }

    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/kubectl")) ? "/usr/bin/kubectl" : "kubectl";
    }
}
