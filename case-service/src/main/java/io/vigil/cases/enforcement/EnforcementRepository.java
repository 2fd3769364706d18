package io.vigil.cases.enforcement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Enforcement actions, always read within a set of regions so region scoping cannot be forgotten. */
@ApplicationScoped
public class EnforcementRepository implements PanacheRepositoryBase<EnforcementAction, UUID> {

    public Optional<EnforcementAction> findVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .firstResultOptional();
    }

    /** The action locked for this transaction, so two appeals or decisions on it are taken one after the other. */
    public Optional<EnforcementAction> lockVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** One keyset page, newest first (ids are UUIDv7). */
    public List<EnforcementAction> page(EnforcementFilter filter, Set<String> regions, Optional<UUID> after,
            int limit) {
        StringBuilder where = new StringBuilder("a.region in :regions");
        Parameters params = Parameters.with("regions", regions);
        filter.status().ifPresent(v -> and(where, params, "a.status = :status", "status", v));
        filter.type().ifPresent(v -> and(where, params, "a.type = :type", "type", v));
        filter.caseId().ifPresent(v -> and(where, params, "a.caseId = :caseId", "caseId", v));
        filter.reasonCode().ifPresent(v -> and(where, params, "a.reasonCode = :reasonCode", "reasonCode", v));
        filter.subjectRef().ifPresent(v -> and(where, params, "exists (select 1 from EnforcementAction x"
                + " join x.subjects s where x.id = a.id and s.ref = :ref)", "ref", v));
        after.ifPresent(v -> and(where, params, "a.id < :after", "after", v));
        return find("select a from EnforcementAction a where " + where + " order by a.id desc", params)
                .page(0, limit).list();
    }

    /** Locks up to {@code limit} actions in force whose end has come, skipping rows another sweeper holds. */
    public List<EnforcementAction> lockExpired(Instant now, int limit) {
        List<?> ids = getEntityManager().createNativeQuery("select id from enforcement_action where status = 'ACTIVE'"
                + " and expires_at <= :now order by expires_at limit :limit for update skip locked")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return ids.stream().map(id -> findById((UUID) id)).toList();
    }

    private static void and(StringBuilder where, Parameters params, String clause, String name, Object value) {
        where.append(" and ").append(clause);
        params.and(name, value);
    }
}
