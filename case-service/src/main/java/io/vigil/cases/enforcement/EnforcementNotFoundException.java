package io.vigil.cases.enforcement;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No action with this id on a case in the caller's regions; the two are deliberately indistinguishable. */
public class EnforcementNotFoundException extends ResourceNotFoundException {

    public EnforcementNotFoundException(UUID id) {
        super("Enforcement action", id);
    }
}
