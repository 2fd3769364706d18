package io.vigil.console.audit;

import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fetches what checking an event needs (the event, the latest checkpoint, the served key, the proof) and hands it
 * to {@link InclusionCheck}. Only the event and the checkpoint are required; the rest shows up in the report.
 */
@ApplicationScoped
public class EventProofs {

    private final AuditServiceClient audit;
    private final AuditServiceConfig config;

    public EventProofs(@RestClient AuditServiceClient audit, AuditServiceConfig config) {
        this.audit = audit;
        this.config = config;
    }

    public Answer<ProofReport> check(UUID eventId, String eventJson) {
        Answer<LatestCheckpoint> latest = ServiceCalls.call(AuditSearchPage.SERVICE, audit::latestCheckpoint);
        if (!latest.ok()) {
            return Answer.failed(latest.failure());
        }
        Optional<String> served = Optional.ofNullable(
                ServiceCalls.call(AuditSearchPage.SERVICE, audit::publicKey).orElse(null));
        return Answer.of(InclusionCheck.check(eventJson, latest.value().note(), served, pinnedKey(),
                size -> ServiceCalls.call(AuditSearchPage.SERVICE, () -> audit.proof(eventId, size))));
    }

    public Optional<String> pinnedKey() {
        return config.pinnedKey().map(String::strip).filter(k -> !k.isEmpty());
    }
}
