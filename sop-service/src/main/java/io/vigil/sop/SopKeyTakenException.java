package io.vigil.sop;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;

/** SOP keys are permanent names that cases and audit events cite, so a key is never reused. */
public class SopKeyTakenException extends ConflictException {

    public SopKeyTakenException(String key) {
        super("sop-key-taken", "An SOP with key " + key + " already exists", Map.of("key", key));
    }
}
