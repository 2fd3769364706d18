package io.vigil.sop.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sop.Governance;
import io.vigil.sop.LegalBasis;
import io.vigil.sop.SopDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo SOPs from the classpath: {@code demo/index.txt} lists the keys, and each key has a
 * {@code .json} (definition, governance, steps, test suite) and an {@code .outline} (the tree as authors write it).
 */
public final class DemoCatalog {

    private DemoCatalog() {
    }

    public static List<DemoSop> load(ObjectMapper json) {
        List<DemoSop> sops = new ArrayList<>();
        for (String key : text("demo/index.txt").split("\n")) {
            if (!key.isBlank()) {
                sops.add(sop(json, key.trim()));
            }
        }
        return sops;
    }

    private static DemoSop sop(ObjectMapper json, String key) {
        try {
            JsonNode doc = json.readTree(text("demo/" + key + ".json"));
            JsonNode d = doc.path("definition");
            List<String> audience = strings(d.path("audience"));
            SopDefinition definition = new SopDefinition(d.path("key").asText(), d.path("title").asText(),
                    d.path("domain").asText(), d.path("category").asText(), audience);
            JsonNode g = doc.path("governance");
            Governance governance = new Governance(audience, g.path("reviewIntervalDays").asInt(),
                    strings(g.path("dataCategories")),
                    strings(g.path("legalBases")).stream().map(LegalBasis::valueOf).toList());
            return new DemoSop(definition, governance, doc.path("changeNote").asText(), doc.path("steps").asText(),
                    text("demo/" + key + ".outline"), doc.path("testSuite"));
        } catch (IOException e) {
            throw new UncheckedIOException("demo SOP " + key + " is unreadable", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(String resource) {
        try (InputStream in = DemoCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
