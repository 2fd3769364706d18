package io.vigil.cases.incident;

import static io.vigil.cases.incident.IncidentStatus.CLOSED;
import static io.vigil.cases.incident.IncidentStatus.MITIGATED;
import static io.vigil.cases.incident.IncidentStatus.OPEN;
import static io.vigil.cases.incident.IncidentStatus.RESOLVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows which incident status may follow which. Mitigation can fail (back to OPEN), a resolved
 * incident can recur (back to OPEN), and a fix can land without an interim mitigation (OPEN to RESOLVED); CLOSED is
 * final, because closing is the commitment that the follow-up work is accounted for.
 */
public final class IncidentStateMachine {

    private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = new EnumMap<>(IncidentStatus.class);

    static {
        NEXT.put(OPEN, EnumSet.of(MITIGATED, RESOLVED));
        NEXT.put(MITIGATED, EnumSet.of(OPEN, RESOLVED));
        NEXT.put(RESOLVED, EnumSet.of(OPEN, CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(IncidentStatus.class));
    }

    private IncidentStateMachine() {
    }

    public static Set<IncidentStatus> allowedFrom(IncidentStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    public static boolean allows(IncidentStatus from, IncidentStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws when {@code to} may not follow {@code from}, naming what may. */
    public static void check(IncidentStatus from, IncidentStatus to) {
        if (!allows(from, to)) {
            throw new IllegalIncidentTransitionException(from, to, NEXT.get(from));
        }
    }
}
