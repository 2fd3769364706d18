package io.vigil.cases.quality;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No QA review (or sample) with this id in the caller's regions. */
public class QaReviewNotFoundException extends ResourceNotFoundException {

    public QaReviewNotFoundException(String what, UUID id) {
        super(what, id);
    }
}
