package io.vigil.cases.evidence;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No such evidence on this case (or the case is outside the caller's regions). */
public class EvidenceNotFoundException extends ResourceNotFoundException {

    public EvidenceNotFoundException(UUID id) {
        super("Evidence", id);
    }
}
