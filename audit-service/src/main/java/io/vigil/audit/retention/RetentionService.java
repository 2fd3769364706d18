package io.vigil.audit.retention;

import io.vigil.audit.config.AuditConfig;
import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.Target;
import io.vigil.audit.log.SelfAudit;
import io.vigil.audit.log.SelfEvent;
import io.vigil.audit.retention.Partitions.Partition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Purges monthly partitions whose every event class is past retention, that a checkpoint seals and no legal hold
 * covers. Only event rows go: leaves, tree nodes and checkpoints stay, so the remaining events still verify.
 */
@ApplicationScoped
public class RetentionService {

    private final Partitions partitions;
    private final LegalHolds holds;
    private final SelfAudit audit;
    private final Clock clock;
    private final RetentionPolicy policy;

    public RetentionService(Partitions partitions, LegalHolds holds, SelfAudit audit, Clock clock, AuditConfig config) {
        this.partitions = partitions;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
        this.policy = new RetentionPolicy(config.retention().defaultPeriod(), config.retention().classes());
    }

    /** Purges what may go and says, for every partition left, why it stays. */
    @Transactional
    public List<PurgeOutcome> purge(Actor by) {
        try {
            Instant now = clock.instant();
            long sealedSize = partitions.checkpointedSize();
            List<PurgeOutcome> outcomes = new ArrayList<>();
            for (Partition p : partitions.list()) {
                Optional<String> keep = reasonToKeep(p, now, sealedSize);
                if (keep.isEmpty()) {
                    partitions.purge(p, by.ref(), now);
                    audit.record(SelfEvent.success(by, "retention.purge", new Target("partition", p.name(), null),
                            "retention", "seqs " + p.firstSeq() + ".." + p.lastSeq() + ", " + p.events() + " events, classes "
                                    + p.eventClasses()));
                }
                outcomes.add(new PurgeOutcome(p.name(), p.firstSeq(), p.lastSeq(), p.events(), keep.isEmpty(), keep.orElse(null)));
            }
            return outcomes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge partitions", e);
        }
    }

    private Optional<String> reasonToKeep(Partition p, Instant now, long sealedSize) {
        Instant due = policy.purgeableAt(p.to(), p.eventClasses());
        if (now.isBefore(due)) {
            return Optional.of("retained until " + due);
        }
        if (p.events() == 0 || p.lastSeq() >= sealedSize) {
            return Optional.of("not sealed: no checkpoint covers seq " + p.lastSeq() + " yet");
        }
        return holds.activeOverlapping(p.from(), p.to()).stream().findFirst()
                .map(h -> "under legal hold " + h.id() + " (" + h.reason() + ")");
    }

    /** What happened to one partition. */
    public record PurgeOutcome(String partition, long firstSeq, long lastSeq, long events, boolean purged,
            String keptBecause) {
    }
}
