package io.vigil.sop.rest;

import io.vigil.sop.evaluation.Evaluation;
import io.vigil.sop.experiment.Arm;
import io.vigil.sop.session.SessionService;
import io.vigil.sop.session.SessionStatus;
import io.vigil.sop.tree.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session as the ticketbot sees it: the version it walks, the next question or the outcome, and the path. */
public record SessionBody(UUID id, String sop, int version, String ticketId, UUID experiment, Arm arm,
        SessionStatus status, Outcome outcome, Evaluation.NextQuestion next, List<String> path, Instant createdAt,
        Instant updatedAt) {

    static SessionBody from(String key, SessionService.SessionState state) {
        var s = state.session();
        var e = state.evaluation();
        return new SessionBody(s.id(), key, s.sopVersion(), s.ticketId(), s.experimentId(), s.arm(), s.status(),
                e.outcome(), e.next(), e.path(), s.createdAt(), s.updatedAt());
    }
}
