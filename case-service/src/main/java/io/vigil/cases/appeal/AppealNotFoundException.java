package io.vigil.cases.appeal;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No appeal with this id in the caller's regions. */
public class AppealNotFoundException extends ResourceNotFoundException {

    public AppealNotFoundException(UUID id) {
        super("Appeal", id);
    }
}
