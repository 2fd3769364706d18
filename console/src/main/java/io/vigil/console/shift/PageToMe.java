package io.vigil.console.shift;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.UUID;

/** A page case-service sent to the signed-in user as the on-shift lead: GET /api/notifications/mine. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageToMe(UUID id, String subjectType, UUID subjectId, String region, String event, String status,
        int attempts, Instant createdAt, Instant deliveredAt, String lastError) {

    /** The console page of what the page is about. */
    public String link() {
        return ("INCIDENT".equals(subjectType) ? "/incidents/" : "/cases/") + subjectId;
    }

    public String about() {
        return "INCIDENT".equals(subjectType) ? "incident" : "case";
    }

    public String sent() {
        return Times.utc(createdAt);
    }
}
