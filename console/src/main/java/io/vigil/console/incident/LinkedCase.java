package io.vigil.console.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** A case linked to an incident. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkedCase(UUID caseId, String ref, String title, String region, String status, String priority,
        String assignee, String linkedBy, Instant linkedAt) {
}
