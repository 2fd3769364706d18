package io.vigil.cases.sla;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the SLA sweep periodically until a pass finds less than a full batch. */
@ApplicationScoped
class SlaScheduler {

    private final SlaSweep sweep;
    private final int batch;

    SlaScheduler(SlaSweep sweep, SlaConfig config) {
        this.sweep = sweep;
        this.batch = config.sweepBatch();
    }

    @Scheduled(identity = "vigil-sla-sweep", every = "${vigil.cases.sla.sweep-interval:30s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void run() {
        while (sweep.sweep() >= batch) {
            Thread.onSpinWait();
        }
    }
}
