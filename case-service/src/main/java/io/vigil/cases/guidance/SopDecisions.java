package io.vigil.cases.guidance;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Delivers one decision record to sop-service, bounded in time and behind a circuit breaker so a relay cycle
 * over a down sop-service fails fast. It does not retry: the outbox row is the retry, with its own backoff.
 * {@code quarkus.fault-tolerance."io.vigil.cases.guidance.SopDecisions".*} overrides the numbers.
 */
@ApplicationScoped
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 15_000, successThreshold = 1,
        skipOn = SopRefusal.class)
public class SopDecisions {

    private final SopServiceClient sopService;

    SopDecisions(@RestClient SopServiceClient sopService) {
        this.sopService = sopService;
    }

    /**
     * Returns normally once sop-service holds the record: it answered 201, or 409 {@code decision-recorded}
     * because an earlier attempt got through but its answer was lost. Anything else throws.
     */
    @CircuitBreakerName("sop-service-decisions")
    public void deliver(DecisionRecord record) {
        try {
            sopService.recordDecision(record.sopKey(), record.sopVersion(), new SopServiceClient.DecisionReport(
                    record.ticketId(), record.treeOutcome(), record.humanOutcome()));
        } catch (SopRefusal refusal) {
            if (!refusal.is("decision-recorded")) {
                throw refusal;
            }
        }
    }
}
