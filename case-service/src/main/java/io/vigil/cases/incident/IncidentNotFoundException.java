package io.vigil.cases.incident;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No incident with this id shares a region with the caller; the two are deliberately indistinguishable. */
public class IncidentNotFoundException extends ResourceNotFoundException {

    public IncidentNotFoundException(UUID id) {
        super("Incident", id);
    }
}
