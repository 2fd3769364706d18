package io.vigil.console.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** One entry of an incident's timeline. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineItem(UUID id, String kind, String actor, Instant at, String summary) {
}
