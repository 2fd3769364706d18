package io.vigil.cases;

import java.util.Optional;

/** The optional narrowing of a case list; region scoping is applied on top, never instead. */
public record CaseFilter(Optional<CaseStatus> status, Optional<String> region, Optional<String> subjectRef) {

    public static CaseFilter none() {
        return new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
