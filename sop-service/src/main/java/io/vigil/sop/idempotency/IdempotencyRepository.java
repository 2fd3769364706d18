package io.vigil.sop.idempotency;

import io.vigil.kit.idempotency.IdempotencyStore;
import io.vigil.kit.idempotency.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** First answers to creations in table {@code idempotent_request}, in the caller's transaction. */
@ApplicationScoped
class IdempotencyRepository implements IdempotencyStore {

    private final EntityManager em;

    IdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void lock(RequestKey key) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:k, 7))")
                .setParameter("k", key.caller() + "|" + key.scope() + "|" + key.key()).getSingleResult();
    }

    @Override
    public Optional<Remembered> find(RequestKey key) {
        List<?> rows = em.createNativeQuery("SELECT request_hash, status, body, location, etag, created_at"
                + " FROM idempotent_request WHERE caller = :caller AND scope = :scope AND key = :key")
                .setParameter("caller", key.caller()).setParameter("scope", key.scope())
                .setParameter("key", key.key()).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Remembered((String) r[0], new StoredResponse(((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3], (String) r[4]), instant(r[5]));
        });
    }

    @Override
    public void save(RequestKey key, Remembered remembered) {
        StoredResponse response = remembered.response();
        em.createNativeQuery("INSERT INTO idempotent_request (caller, scope, key, request_hash, status, body,"
                + " location, etag, created_at) VALUES (:caller, :scope, :key, :hash, :status, :body, :location,"
                + " :etag, :at)")
                .setParameter("caller", key.caller()).setParameter("scope", key.scope())
                .setParameter("key", key.key()).setParameter("hash", remembered.requestHash())
                .setParameter("status", response.status()).setParameter("body", response.body())
                .setParameter("location", response.location()).setParameter("etag", response.etag())
                .setParameter("at", remembered.at().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @Override
    public void forget(RequestKey key, Instant before) {
        em.createNativeQuery("DELETE FROM idempotent_request WHERE caller = :caller AND created_at < :before")
                .setParameter("caller", key.caller()).setParameter("before", before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
