package io.vigil.sop;

import io.vigil.kit.problem.ResourceNotFoundException;

/** No SOP has this key. */
public class SopNotFoundException extends ResourceNotFoundException {

    public SopNotFoundException(String key) {
        super("SOP", key);
    }
}
