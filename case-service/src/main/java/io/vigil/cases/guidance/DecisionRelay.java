package io.vigil.cases.guidance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Delivers queued decision records to sop-service: at least once (a record is marked delivered only after
 * sop-service holds it) and never twice in effect (sop-service keeps one record per case and version and says so
 * with 409, which counts as delivered). While sop-service is away records wait, each with its own backoff.
 */
@ApplicationScoped
public class DecisionRelay {

    private static final Logger LOG = Logger.getLogger(DecisionRelay.class);

    private final DecisionOutbox outbox;
    private final SopDecisions sopService;
    private final GuidanceConfig.Relay config;
    private final RetryBackoff backoff;
    private final AtomicLong pending = new AtomicLong();

    DecisionRelay(DecisionOutbox outbox, SopDecisions sopService, GuidanceConfig config, MeterRegistry registry) {
        this.outbox = outbox;
        this.sopService = sopService;
        this.config = config.relay();
        this.backoff = new RetryBackoff(this.config.initialBackoff(), this.config.maxBackoff());
        Gauge.builder("vigil_guidance_decisions_pending", pending, AtomicLong::get)
                .description("Decision records not yet delivered to sop-service").register(registry);
    }

    @Scheduled(identity = "vigil-guidance-decision-relay", every = "${vigil.guidance.relay.interval:5s}",
            delayed = "5s", concurrentExecution = ConcurrentExecution.SKIP)
    void onSchedule() {
        relay();
    }

    /** One cycle over the records that are due; returns what happened to them. */
    public synchronized Run relay() {
        List<DecisionRecord> due = outbox.claimDue(config.batchSize(), config.lease());
        int delivered = 0;
        for (DecisionRecord record : due) {
            try {
                sopService.deliver(record);
                outbox.delivered(record.id());
                delivered++;
            } catch (RuntimeException failure) {
                Duration wait = backoff.after(record.attempts() + 1);
                String reason = SopOutage.describe(failure);
                outbox.failed(record.id(), reason, wait);
                LOG.warnf("decision record %s of case %s stays queued, next attempt in %s: %s", record.id(),
                        record.caseId(), wait, reason);
            }
        }
        pending.set(outbox.pending());
        return new Run(delivered, due.size() - delivered);
    }

    /** How many records one cycle delivered and how many stay queued after failing. */
    public record Run(int delivered, int failed) {
    }
}
