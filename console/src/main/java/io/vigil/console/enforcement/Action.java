package io.vigil.console.enforcement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.cases.Subject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An enforcement action as case-service shows it (the members the console uses). */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Action(UUID id, UUID caseId, String region, String type, String status, List<Subject> subjects,
        String reasonCode, Reason reason, Sop sop, String rationale, Instant effectiveFrom, String duration,
        Instant expiresAt, boolean approvalRequired, String requestedBy, Instant requestedAt, String decidedBy,
        String decisionReason, String reversedBy, String reversalReason, long version) {

    public Action {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    public boolean pending() {
        return "PENDING_APPROVAL".equals(status);
    }

    /** case-service lets a lead reverse an action in force or one that ended by itself. */
    public boolean reversible() {
        return "ACTIVE".equals(status) || "EXPIRED".equals(status);
    }

    /** What If-Match carries: the version as case-service's strong ETag. */
    public String etag() {
        return "\"" + version + "\"";
    }

    /** The reason code's snapshot as it was when the action was requested. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String policy, String ground, int strikeWeight) {
    }

    /** The SOP version and decision path that justified the action. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sop(String key, Integer version, List<String> decisionPath) {

        public String path() {
            return decisionPath == null ? "" : String.join(" → ", decisionPath);
        }
    }
}
