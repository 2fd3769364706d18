package io.vigil.console.enforcement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.cases.Subject;
import java.util.List;

/** Each subject's active strikes and the ladder's suggestion for the case's next action. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseStrikes(String suggestedAction, int maxActiveStrikes, List<SubjectRecord> subjects) {

    public CaseStrikes {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** One subject: the weight of strikes counting now and which violation the next would be. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubjectRecord(Subject subject, int activeStrikes, int nextStrike, String suggestedAction,
            List<Strike> strikes) {

        public SubjectRecord {
            strikes = strikes == null ? List.of() : List.copyOf(strikes);
        }
    }

    /** One strike; only one that still counts can be dismissed. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Strike(java.util.UUID id, String policy, int weight, java.time.Instant issuedAt,
            java.time.Instant expiresAt, String status, boolean counting, long version) {
    }
}
