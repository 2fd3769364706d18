package io.vigil.cases.enforcement;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vigil.cases.Move;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Ends temporary actions whose time is up: each becomes EXPIRED with a history entry, a timeline entry and an
 * audit event by the system. Rows are locked with SKIP LOCKED, so replicas sweeping together never collide.
 */
@ApplicationScoped
public class EnforcementExpiry {

    private final EnforcementRepository actions;
    private final EnforcementHistory history;
    private final EnforcementAudit audit;
    private final Timeline timeline;
    private final EnforcementConfig config;
    private final IdGenerator ids;
    private final Clock clock;

    EnforcementExpiry(EnforcementRepository actions, EnforcementHistory history, EnforcementAudit audit,
            Timeline timeline, EnforcementConfig config, IdGenerator ids, Clock clock) {
        this.actions = actions;
        this.history = history;
        this.audit = audit;
        this.timeline = timeline;
        this.config = config;
        this.ids = ids;
        this.clock = clock;
    }

    @Scheduled(identity = "vigil-enforcement-expiry", every = "${vigil.cases.enforcement.expiry-sweep-interval:60s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduled() {
        while (sweep() == config.expirySweepBatch()) {
            Thread.onSpinWait();
        }
    }

    /** One batch; returns how many actions it ended. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        int ended = 0;
        for (EnforcementAction action : actions.lockExpired(now, config.expirySweepBatch())) {
            var entry = action.expireIfDue(new Move(ids.next(), "system", "duration elapsed", now));
            if (entry.isPresent()) {
                history.persist(entry.get());
                actions.flush();
                timeline.record(action.caseId(), "enforcement", null, EnforcementService.describe(action)
                        + " expired");
                audit.about("enforcement.expire", action).reason("expired", null)
                        .change("status", EnforcementStatus.ACTIVE.name(), action.status().name()).record();
                ended++;
            }
        }
        return ended;
    }
}
