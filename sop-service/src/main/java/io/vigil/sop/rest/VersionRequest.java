package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigil.sop.VersionContent;
import io.vigil.sop.testing.TestCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.UncheckedIOException;
import java.util.List;

/** The body of POST /api/sops/{key}/versions and PUT of a draft (DESIGN.md section 3). */
public record VersionRequest(
        @NotBlank @Size(max = 2000) String changeNote,
        @NotNull @Size(max = 100_000) String steps,
        @NotNull JsonNode decisionTree,
        @Size(max = 1000) List<@NotNull @Valid TestCase> testSuite) {

    VersionContent toContent(ObjectMapper json) {
        try {
            return new VersionContent(changeNote.trim(), steps, json.writeValueAsString(decisionTree),
                    json.writeValueAsString(testSuite == null ? List.of() : testSuite));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
