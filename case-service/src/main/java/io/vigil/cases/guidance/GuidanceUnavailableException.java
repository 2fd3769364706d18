package io.vigil.cases.guidance;

import io.vigil.kit.problem.ProblemException;
import java.util.Map;

/**
 * sop-service is down, slow or behind an open circuit: guidance cannot move now, everything else about the case
 * still can. A 503 problem, so clients know to try the walk again later rather than report a bug.
 */
public class GuidanceUnavailableException extends ProblemException {

    public static final String MESSAGE = "Guidance is unavailable right now; you can continue working the case";

    private final String reason;

    public GuidanceUnavailableException(String reason) {
        super(503, "guidance-unavailable", "Guidance unavailable", MESSAGE);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("reason", reason);
    }
}
