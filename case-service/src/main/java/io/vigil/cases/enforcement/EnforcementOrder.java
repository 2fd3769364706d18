package io.vigil.cases.enforcement;

import io.vigil.cases.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an investigator asks for: the action, on whom (subjects and/or an account group's members), under which
 * reason and SOP, why, where and for how long. {@code territorialScope} empty means the case region's default.
 */
public record EnforcementOrder(EnforcementType type, List<Subject> subjects, Optional<UUID> accountGroupId,
        String reasonCode, Optional<SopReference> sop, String rationale, List<String> territorialScope,
        boolean automatedDetection, AutomatedDecision automatedDecision, Optional<Instant> effectiveFrom,
        Optional<Duration> duration) {

    public EnforcementOrder {
        subjects = List.copyOf(subjects);
        territorialScope = List.copyOf(territorialScope);
    }

    /** The SOP version and the path through its decision tree that justified the action. */
    public record SopReference(String key, int version, List<String> decisionPath) {

        public SopReference {
            decisionPath = List.copyOf(decisionPath);
        }
    }
}
