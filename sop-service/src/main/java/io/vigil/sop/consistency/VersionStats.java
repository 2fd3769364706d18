package io.vigil.sop.consistency;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A version's record in production: agreement between bot and human (live consistency with its Wilson interval,
 * kappa, AC1) and CSAT as the share of good-or-excellent ratings (4 or 5) with its Wilson interval.
 */
@RegisterForReflection
public record VersionStats(int version, Agreement agreement, Interval consistency, Csat csat) {

    public static VersionStats of(int version, Agreement agreement, long rated, long goodOrExcellent) {
        Interval consistency = agreement.total() == 0 ? null : Wilson.of(agreement.agreed(), agreement.total());
        Interval share = rated == 0 ? null : Wilson.of(goodOrExcellent, rated);
        return new VersionStats(version, agreement, consistency, new Csat(rated, goodOrExcellent, share));
    }

    /** CSAT: how many decisions were rated, how many 4 or 5, and that share with its interval. */
    @RegisterForReflection
    public record Csat(long rated, long goodOrExcellent, Interval share) {
    }
}
