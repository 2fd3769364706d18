package io.vigil.cases.shift;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No shift with this id in the caller's regions. */
public class ShiftNotFoundException extends ResourceNotFoundException {

    public ShiftNotFoundException(UUID id) {
        super("Shift", id);
    }
}
