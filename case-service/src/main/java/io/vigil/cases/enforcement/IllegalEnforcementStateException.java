package io.vigil.cases.enforcement;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;
import java.util.Set;

/** The action is not in a status from which the command applies, for example approving an active action. */
public class IllegalEnforcementStateException extends ConflictException {

    public IllegalEnforcementStateException(EnforcementStatus from, EnforcementStatus to,
            Set<EnforcementStatus> allowed) {
        super("illegal-enforcement-state", "The action is " + from + " and cannot become " + to
                + (allowed.isEmpty() ? "; it is final" : "; from " + from + " it can become " + allowed.stream()
                        .map(Enum::name).sorted().toList()),
                Map.of("status", from.name(), "allowed", allowed.stream().map(Enum::name).sorted().toList()));
    }
}
