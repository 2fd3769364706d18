package io.vigil.cases.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.kit.idempotency.IdempotencyKeyReusedException;
import io.vigil.kit.idempotency.IdempotencyKeys;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a creation once per (caller, endpoint, Idempotency-Key): the work and the stored answer commit together,
 * and an advisory lock on the key makes a concurrent retry wait for the first attempt and then replay it.
 */
@ApplicationScoped
public class IdempotencyService implements PanacheRepositoryBase<IdempotentRequest, IdempotentRequest.Key> {

    private final Clock clock;

    IdempotencyService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public StoredResponse once(String scope, Optional<String> key, String requestHash, Caller caller,
            Supplier<StoredResponse> work) {
        if (key.isEmpty()) {
            return work.get();
        }
        String value = IdempotencyKeys.check(key.get());
        IdempotentRequest.Key id = new IdempotentRequest.Key(caller.subject(), scope, value);
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 1))")
                .setParameter("k", caller.subject() + "|" + scope + "|" + value).getSingleResult();
        Optional<IdempotentRequest> first = findByIdOptional(id);
        if (first.isPresent()) {
            if (!first.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            return first.get().response();
        }
        StoredResponse response = work.get();
        persist(new IdempotentRequest(id, requestHash, response, clock.instant()));
        return response;
    }
}
