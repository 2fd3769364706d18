package io.vigil.cases.guidance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseRepository;
import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The decision records waiting for sop-service. Records are queued in the caller's transaction; the relay
 * claims due ones with {@code FOR UPDATE SKIP LOCKED} and a lease, so any number of replicas deliver each
 * record once at a time, and marks each delivered (with its audit event) or failed in a transaction of its own.
 */
@ApplicationScoped
public class DecisionOutbox implements PanacheRepositoryBase<DecisionRecord, UUID> {

    private final CaseRepository cases;
    private final CaseAudit audit;
    private final IdGenerator ids;
    private final Clock clock;

    DecisionOutbox(CaseRepository cases, CaseAudit audit, IdGenerator ids, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Queues the decided walk's record in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    DecisionRecord queue(GuidanceWalk decided) {
        DecisionRecord record = DecisionRecord.queue(ids.next(), decided, clock.instant());
        persist(record);
        return record;
    }

    public Optional<DecisionRecord> findFor(GuidanceWalk walk) {
        return find("caseId = ?1 and sopKey = ?2 and sopVersion = ?3", walk.caseId(), walk.sopKey(),
                walk.sopVersion()).firstResultOptional();
    }

    @Transactional
    List<DecisionRecord> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        List<?> due = getEntityManager().createNativeQuery("select id from guidance_decision"
                + " where delivered_at is null and next_attempt_at <= :now order by next_attempt_at limit :limit"
                + " for update skip locked").setParameter("now", now).setParameter("limit", limit).getResultList();
        List<DecisionRecord> claimed = due.stream().map(id -> findById((UUID) id)).toList();
        claimed.forEach(record -> record.lease(now.plus(lease)));
        return claimed;
    }

    @Transactional
    void delivered(UUID id) {
        DecisionRecord record = findById(id);
        record.delivered(clock.instant());
        cases.findByIdOptional(record.caseId()).ifPresent(kase -> audit.about("case.guidance-decision-deliver", kase)
                .sop(record.sopKey(), record.sopVersion())
                .change("guidance.decision", record.treeOutcome(), record.humanOutcome()).record());
    }

    @Transactional
    void failed(UUID id, String error, Duration wait) {
        findById(id).failed(error, wait, clock.instant());
    }

    public long pending() {
        return count("deliveredAt is null");
    }
}
