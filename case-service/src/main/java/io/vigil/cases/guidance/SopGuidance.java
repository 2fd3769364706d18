package io.vigil.cases.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/** An SOP version as sop-service hands it out for case work: its steps, its decision tree and renderings of it. */
public record SopGuidance(String key, String title, String domain, String category, int version,
        Instant effectiveFrom, String steps, JsonNode decisionTree, String outline, String diagram) {

    /** The CEL type the tree declares for a fact ({@code int}, {@code double}, {@code bool}, {@code string}). */
    public Optional<String> factType(String name) {
        JsonNode declared = decisionTree == null ? null : decisionTree.path("facts").get(name);
        return declared == null || !declared.isTextual() ? Optional.empty() : Optional.of(declared.asText());
    }
}
