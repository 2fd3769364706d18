package io.vigil.sop;

import io.vigil.kit.problem.ConflictException;
import java.util.List;
import java.util.Map;

/** A lifecycle move the current status does not allow; the problem lists the moves that are allowed. */
public class IllegalVersionTransitionException extends ConflictException {

    public IllegalVersionTransitionException(int number, VersionStatus from, VersionStatus to,
            List<VersionStatus> allowed) {
        super("illegal-transition", "Version " + number + " is " + from + " and cannot become " + to
                + (allowed.isEmpty() ? "; it is final" : "; allowed: " + allowed),
                Map.of("status", from, "allowed", allowed));
    }
}
