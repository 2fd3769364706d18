package io.vigil.sop;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;

/** Only drafts change: what reviewers approved must be exactly what gets published. */
public class VersionImmutableException extends ConflictException {

    public VersionImmutableException(int number, VersionStatus status) {
        super("version-immutable", "Version " + number + " is " + status
                + " and can no longer change; create a new version instead", Map.of("status", status));
    }
}
