package io.vigil.cases.enforcement;

import java.util.Optional;
import java.util.UUID;

/** What a list of actions may be narrowed to; every part is optional. */
public record EnforcementFilter(Optional<EnforcementStatus> status, Optional<EnforcementType> type,
        Optional<String> subjectRef, Optional<UUID> caseId, Optional<String> reasonCode) {

    public static EnforcementFilter ofCase(UUID caseId) {
        return new EnforcementFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(caseId),
                Optional.empty());
    }
}
