package io.vigil.kit.problem;

import java.util.Map;

/** An If-Match precondition names a version the resource no longer has. */
public class PreconditionFailedException extends ProblemException {

    private final long currentVersion;

    public PreconditionFailedException(String what, long expected, long currentVersion) {
        super(412, "stale-version", "Precondition failed",
                what + " is at version " + currentVersion + ", not " + expected + "; reload it and retry");
        this.currentVersion = currentVersion;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currentVersion", currentVersion);
    }
}
