package io.vigil.sop.idempotency;

import io.vigil.kit.idempotency.IdempotentRequests;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.sop.config.SopConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creations honouring Idempotency-Key (DESIGN.md section 3): the creation and its stored answer share one
 * transaction, so a retry either replays an answer that was committed with its effects or runs the creation anew.
 */
@ApplicationScoped
public class IdempotentCreations {

    private final IdempotentRequests requests;

    IdempotentCreations(IdempotencyRepository store, Clock clock, SopConfig config) {
        this.requests = new IdempotentRequests(store, clock, config.idempotencyRetention());
    }

    @Transactional
    public StoredResponse once(String caller, String scope, Optional<String> key, String requestHash,
            Supplier<StoredResponse> work) {
        return requests.once(caller, scope, key, requestHash, work);
    }
}
