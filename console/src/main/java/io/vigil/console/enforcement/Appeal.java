package io.vigil.console.enforcement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;

/** An appeal against an enforcement action, with the case that reviews it, as case-service shows it. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Appeal(UUID id, String status, String outcome, UUID enforcementId, UUID appealedCaseId, String region,
        String statement, String filedBy, Instant filedAt, String decidedBy, Instant decidedAt, String decisionReason,
        @JsonProperty("case") ReviewCase reviewCase, long version) {

    /** The statement's start, as the list shows it. */
    public String excerpt() {
        return statement == null ? "" : statement.length() <= 80 ? statement : statement.substring(0, 80) + "…";
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** The review case filing opened (source {@code appeal}, in the appeals queue). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewCase(UUID id, String ref) {
    }
}
