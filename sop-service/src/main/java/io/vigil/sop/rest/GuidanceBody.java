package io.vigil.sop.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sop.InEffect;
import io.vigil.sop.VersionStatus;
import io.vigil.sop.outline.MermaidRenderer;
import io.vigil.sop.outline.OutlineRenderer;
import io.vigil.sop.tree.DecisionTree;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * What a person (or case-service for them) needs to follow an SOP: which version, its steps, its decision
 * tree, and the tree as an outline and a Mermaid diagram, in one answer.
 */
public record GuidanceBody(String key, String title, String domain, String category, int version,
        VersionStatus status, Instant effectiveFrom, String steps, JsonNode decisionTree, String outline,
        String diagram) {

    static GuidanceBody from(InEffect found, DecisionTree tree, ObjectMapper json) {
        try {
            return new GuidanceBody(found.sop().key(), found.sop().title(), found.sop().domain(),
                    found.sop().category(), found.version().number(), found.version().status(),
                    found.version().effectiveFrom(), found.version().content().steps(),
                    json.readTree(found.version().content().decisionTree()), OutlineRenderer.render(tree),
                    MermaidRenderer.render(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
