package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.sop.VersionContent;
import io.vigil.sop.outline.OutlineCompiler;
import io.vigil.sop.tree.TreeWriter;
import io.vigil.sop.testing.TestCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.UncheckedIOException;
import java.util.List;

/** The body of POST /api/sops/{key}/versions and PUT of a draft (DESIGN.md section 3, plus {@code outline}). */
public record VersionRequest(
        @NotBlank @Size(max = 2000) String changeNote,
        @NotNull @Size(max = 100_000) String steps,
        JsonNode decisionTree,
        @Size(max = 100_000) String outline,
        @Size(max = 1000) List<@NotNull @Valid TestCase> testSuite) {

    /** The tree is given as JSON or, for authors who write text, as an outline compiled here. */
    VersionContent toContent(ObjectMapper json, OutlineCompiler outlines) {
        if ((decisionTree == null || decisionTree.isNull()) == (outline == null)) {
            throw new InvalidRequestException("decisionTree", "give either a decisionTree or an outline, not both");
        }
        JsonNode tree = outline == null ? decisionTree : TreeWriter.write(outlines.compile(outline).tree());
        try {
            return new VersionContent(changeNote.trim(), steps, json.writeValueAsString(tree),
                    json.writeValueAsString(testSuite == null ? List.of() : testSuite));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
