package io.vigil.cases;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No case with this id exists in the caller's regions; the two are deliberately indistinguishable. */
public class CaseNotFoundException extends ResourceNotFoundException {

    public CaseNotFoundException(UUID id) {
        super("Case", id);
    }
}
