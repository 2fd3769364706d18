package io.vigil.sop;

import static io.vigil.sop.VersionStatus.APPROVED;
import static io.vigil.sop.VersionStatus.DRAFT;
import static io.vigil.sop.VersionStatus.IN_REVIEW;
import static io.vigil.sop.VersionStatus.PUBLISHED;
import static io.vigil.sop.VersionStatus.REJECTED;
import static io.vigil.sop.VersionStatus.RETIRED;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows which status may follow which, so a version can only reach PUBLISHED through
 * review and approval.
 */
public final class VersionLifecycle {

    private static final Map<VersionStatus, Set<VersionStatus>> NEXT = new EnumMap<>(Map.of(
            DRAFT, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(APPROVED, REJECTED),
            REJECTED, Set.of(DRAFT),
            APPROVED, Set.of(PUBLISHED),
            PUBLISHED, Set.of(RETIRED),
            RETIRED, Set.of()));

    private VersionLifecycle() {
    }

    public static List<VersionStatus> allowedFrom(VersionStatus from) {
        return NEXT.get(from).stream().sorted().toList();
    }

    public static boolean allows(VersionStatus from, VersionStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws a 409 naming the allowed moves when {@code to} may not follow {@code from}. */
    public static void check(int number, VersionStatus from, VersionStatus to) {
        if (!allows(from, to)) {
            throw new IllegalVersionTransitionException(number, from, to, allowedFrom(from));
        }
    }
}
