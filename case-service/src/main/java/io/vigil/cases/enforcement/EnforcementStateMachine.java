package io.vigil.cases.enforcement;

import static io.vigil.cases.enforcement.EnforcementStatus.ACTIVE;
import static io.vigil.cases.enforcement.EnforcementStatus.EXPIRED;
import static io.vigil.cases.enforcement.EnforcementStatus.PENDING_APPROVAL;
import static io.vigil.cases.enforcement.EnforcementStatus.REJECTED;
import static io.vigil.cases.enforcement.EnforcementStatus.REVERSED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows the life of an action: a pending action is approved (ACTIVE) or rejected; an active one
 * is reversed or runs out; an expired one can still be reversed, because an appeal may succeed after a temporary
 * restriction has ended and the record (and its strikes) must then be corrected. Rejected and reversed are final.
 */
public final class EnforcementStateMachine {

    private static final Map<EnforcementStatus, Set<EnforcementStatus>> NEXT = new EnumMap<>(EnforcementStatus.class);

    static {
        NEXT.put(PENDING_APPROVAL, EnumSet.of(ACTIVE, REJECTED));
        NEXT.put(ACTIVE, EnumSet.of(REVERSED, EXPIRED));
        NEXT.put(EXPIRED, EnumSet.of(REVERSED));
        NEXT.put(REJECTED, EnumSet.noneOf(EnforcementStatus.class));
        NEXT.put(REVERSED, EnumSet.noneOf(EnforcementStatus.class));
    }

    private EnforcementStateMachine() {
    }

    public static boolean allows(EnforcementStatus from, EnforcementStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<EnforcementStatus> allowedFrom(EnforcementStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    /** Throws a 409 naming the statuses that may follow when {@code to} may not follow {@code from}. */
    public static void check(EnforcementStatus from, EnforcementStatus to) {
        if (!allows(from, to)) {
            throw new IllegalEnforcementStateException(from, to, NEXT.get(from));
        }
    }
}
