package io.vigil.cases.enforcement;

import io.vigil.cases.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A subject's strike record as the caller may see it: every strike (counting or not), the weight that counts now
 * and the action the next violation warrants by the ladder.
 */
public record SubjectStrikes(Subject subject, List<Strike> strikes, int activeStrikes,
        Optional<EnforcementType> suggestedAction) {

    public SubjectStrikes {
        strikes = List.copyOf(strikes);
    }

    static SubjectStrikes of(Subject subject, List<Strike> strikes, StrikeLadder ladder, Instant now) {
        int active = strikes.stream().filter(s -> s.countsAt(now)).mapToInt(Strike::weight).sum();
        return new SubjectStrikes(subject, strikes, active, ladder.nextActionFor(active));
    }
}
