package io.vigil.cases;

import io.vigil.cases.sla.SlaState;
import java.util.Optional;
import java.util.UUID;

/** The optional narrowing of a case list; region scoping is applied on top, never instead. */
public record CaseFilter(Optional<CaseStatus> status, Optional<String> region, Optional<String> subjectRef,
        Optional<UUID> queueId, Optional<String> assignee, Optional<Priority> priority, Optional<String> label,
        Optional<SlaState> sla, Optional<String> text) {

    public static CaseFilter none() {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
