package io.vigil.console.shift;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.UUID;

/** A note left for the next shift, as case-service shows it; no {@code queueId} means the whole region. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandoverNote(UUID id, String region, UUID queueId, String author, String body, Instant createdAt) {

    public String written() {
        return Times.utc(createdAt);
    }

    /** The note being written, as typed, so a refusal keeps it. */
    public record Draft(String region, String queueId, String body) {

        public Draft {
            region = region == null ? "" : region;
            queueId = queueId == null ? "" : queueId;
            body = body == null ? "" : body;
        }

        public boolean queuePicked(UUID id) {
            return id != null && id.toString().equals(queueId);
        }
    }
}
