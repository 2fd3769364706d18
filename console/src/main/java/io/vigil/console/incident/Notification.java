package io.vigil.console.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** A page to the on-shift lead about the incident, with its delivery state. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notification(String event, List<String> recipients, String status, int attempts, Instant createdAt,
        Instant deliveredAt, Instant nextAttemptAt, String lastError) {

    public String recipientList() {
        return recipients == null ? "" : String.join(", ", recipients);
    }
}
