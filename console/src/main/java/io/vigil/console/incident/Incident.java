package io.vigil.console.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident as case-service shows it, with the statuses it may move to next. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Incident(UUID id, String ref, String title, String description, String kind, String severity,
        String status, List<String> allowedTransitions, Instant statusSince, List<String> regions, String commander,
        String createdBy, Instant createdAt, long version) {

    public Incident {
        allowedTransitions = allowedTransitions == null ? List.of() : List.copyOf(allowedTransitions);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public String regionList() {
        return String.join(", ", regions);
    }
}
