package io.vigil.cases.enforcement;

import io.vigil.kit.problem.ResourceNotFoundException;

/** No reason code with this code in the catalogue. */
public class ReasonCodeNotFoundException extends ResourceNotFoundException {

    public ReasonCodeNotFoundException(String code) {
        super("Reason code", code);
    }
}
