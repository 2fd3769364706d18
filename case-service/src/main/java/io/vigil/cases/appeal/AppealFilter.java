package io.vigil.cases.appeal;

import java.util.Optional;
import java.util.UUID;

/** What a list of appeals may be narrowed to; every part is optional. */
public record AppealFilter(Optional<AppealStatus> status, Optional<AppealOutcome> outcome, Optional<UUID> actionId,
        Optional<UUID> appealedCaseId) {
}
