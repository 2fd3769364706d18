package io.vigil.cases.queue;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * claim-next: hands the caller the most urgent unassigned open case of a queue. The row is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers each take a different case instead of queueing on one,
 * and a case, once assigned, no longer matches the claimable index.
 */
@ApplicationScoped
public class ClaimService {

    private final QueueService queues;
    private final CaseRepository cases;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final Clock clock;

    ClaimService(QueueService queues, CaseRepository cases, CaseAudit audit, Timeline timeline, Clock clock) {
        this.queues = queues;
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public Optional<Case> claim(UUID queueId, Caller caller) {
        WorkQueue queue = queues.get(queueId, caller);
        return cases.lockNextClaimable(queue.id(), caller.regions()).map(id -> {
            Case kase = cases.findById(id);
            kase.assignTo(caller.username(), clock.instant());
            cases.flush();
            timeline.record(id, "claim", caller.username(), "Claimed from " + queue.name());
            audit.about("case.claim", kase).change("assignee", null, caller.username()).record();
            return kase;
        });
    }
}
