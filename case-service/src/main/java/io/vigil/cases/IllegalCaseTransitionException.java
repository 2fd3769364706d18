package io.vigil.cases;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;
import java.util.Set;

/** A status change the state machine does not allow; the problem names the transitions that are allowed. */
public class IllegalCaseTransitionException extends ConflictException {

    public IllegalCaseTransitionException(CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
        super("illegal-transition", "A case in " + from + " cannot move to " + to,
                Map.of("from", from.name(), "allowed", allowed.stream().map(Enum::name).sorted().toList()));
    }
}
