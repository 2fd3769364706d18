package io.vigil.cases.incident;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;
import java.util.Set;

/** A status change the incident state machine does not allow; the problem names the allowed ones. */
public class IllegalIncidentTransitionException extends ConflictException {

    public IllegalIncidentTransitionException(IncidentStatus from, IncidentStatus to, Set<IncidentStatus> allowed) {
        super("illegal-transition", "An incident in " + from + " cannot move to " + to,
                Map.of("from", from.name(), "allowed", allowed.stream().map(Enum::name).sorted().toList()));
    }
}
