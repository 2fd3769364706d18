package io.vigil.audit.log;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says whether this instance leads the sequencer or stands by. Both are ready: a standby serves ingest, queries and
 * proofs, and only the lock decides who appends, so readiness must not take a standby out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class SequencerReadiness implements HealthCheck {

    private final Sequencer sequencer;

    public SequencerReadiness(Sequencer sequencer) {
        this.sequencer = sequencer;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("audit-sequencer").up()
                .withData("role", sequencer.leading() ? "leader" : "standby").build();
    }
}
