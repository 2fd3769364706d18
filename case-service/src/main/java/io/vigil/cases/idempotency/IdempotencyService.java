package io.vigil.cases.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.kit.idempotency.IdempotencyStore;
import io.vigil.kit.idempotency.IdempotentRequests;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creations honouring Idempotency-Key with service-kit's rules ({@link IdempotentRequests}): the work and the stored
 * answer commit together, and an advisory lock on the key makes a concurrent retry wait for the first attempt and
 * then replay it. This class is only where case-service keeps the answers (table {@code idempotent_request}).
 */
@ApplicationScoped
public class IdempotencyService implements PanacheRepositoryBase<IdempotentRequest, IdempotentRequest.Key>,
        IdempotencyStore {

    private final IdempotentRequests requests;

    IdempotencyService(Clock clock,
            @ConfigProperty(name = "vigil.cases.idempotency-retention", defaultValue = "24h") Duration retention) {
        this.requests = new IdempotentRequests(this, clock, retention);
    }

    @Transactional
    public StoredResponse once(String scope, Optional<String> key, String requestHash, Caller caller,
            Supplier<StoredResponse> work) {
        return requests.once(caller.subject(), scope, key, requestHash, work);
    }

    @Override
    public void lock(RequestKey key) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 1))")
                .setParameter("k", key.caller() + "|" + key.scope() + "|" + key.key()).getSingleResult();
    }

    @Override
    public Optional<Remembered> find(RequestKey key) {
        return findByIdOptional(new IdempotentRequest.Key(key.caller(), key.scope(), key.key()))
                .map(first -> new Remembered(first.requestHash(), first.response(), first.createdAt()));
    }

    @Override
    public void save(RequestKey key, Remembered remembered) {
        persist(new IdempotentRequest(new IdempotentRequest.Key(key.caller(), key.scope(), key.key()),
                remembered.requestHash(), remembered.response(), remembered.at()));
    }

    @Override
    public void forget(RequestKey key, Instant before) {
        delete("caller = ?1 and createdAt < ?2", key.caller(), before);
    }
}
