package io.vigil.sop;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;

/** A publish refused because the version's test suite is less consistent than the configured gate. */
public class PublishGateRefusedException extends ConflictException {

    public PublishGateRefusedException(String detail, Map<String, Object> extensions) {
        super("publish-gate", detail, extensions);
    }
}
