package io.vigil.cases;

import static io.vigil.cases.CaseStatus.CLOSED;
import static io.vigil.cases.CaseStatus.ESCALATED;
import static io.vigil.cases.CaseStatus.IN_PROGRESS;
import static io.vigil.cases.CaseStatus.NEW;
import static io.vigil.cases.CaseStatus.REOPENED;
import static io.vigil.cases.CaseStatus.RESOLVED;
import static io.vigil.cases.CaseStatus.TRIAGED;
import static io.vigil.cases.CaseStatus.WAITING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows which status may follow which (DESIGN.md section 4), so the API, bulk actions
 * and the SLA scheduler can never disagree about it.
 */
public final class CaseStateMachine {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(NEW, EnumSet.of(TRIAGED, ESCALATED));
        NEXT.put(TRIAGED, EnumSet.of(IN_PROGRESS, ESCALATED));
        NEXT.put(IN_PROGRESS, EnumSet.of(WAITING, RESOLVED, ESCALATED));
        NEXT.put(WAITING, EnumSet.of(IN_PROGRESS, RESOLVED, ESCALATED));
        // An escalated case is picked up again by a lead, who triages, works or resolves it.
        NEXT.put(ESCALATED, EnumSet.of(TRIAGED, IN_PROGRESS, RESOLVED));
        NEXT.put(RESOLVED, EnumSet.of(CLOSED, REOPENED));
        NEXT.put(CLOSED, EnumSet.of(REOPENED));
        NEXT.put(REOPENED, EnumSet.of(TRIAGED, IN_PROGRESS, ESCALATED));
    }

    private CaseStateMachine() {
    }

    public static Set<CaseStatus> allowedFrom(CaseStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    public static boolean allows(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws when {@code to} may not follow {@code from}, naming what may. */
    public static void check(CaseStatus from, CaseStatus to) {
        if (!allows(from, to)) {
            throw new IllegalCaseTransitionException(from, to, NEXT.get(from));
        }
    }
}
