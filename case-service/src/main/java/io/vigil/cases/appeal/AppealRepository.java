package io.vigil.cases.appeal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Appeals, read within a set of regions like the cases they concern. */
@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    public Optional<Appeal> findVisible(UUID id, Set<String> regions, boolean lock) {
        var query = find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions));
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    public Optional<Appeal> openFor(UUID actionId) {
        return find("actionId = ?1 and status = ?2", actionId, AppealStatus.OPEN).firstResultOptional();
    }

    /** One keyset page, newest first (ids are UUIDv7). */
    public List<Appeal> page(AppealFilter filter, Set<String> regions, Optional<UUID> after, int limit) {
        StringBuilder where = new StringBuilder("region in :regions");
        Parameters params = Parameters.with("regions", regions);
        filter.status().ifPresent(v -> and(where, params, "status = :status", "status", v));
        filter.outcome().ifPresent(v -> and(where, params, "outcome = :outcome", "outcome", v));
        filter.actionId().ifPresent(v -> and(where, params, "actionId = :action", "action", v));
        filter.appealedCaseId().ifPresent(v -> and(where, params, "appealedCaseId = :appealed", "appealed", v));
        after.ifPresent(v -> and(where, params, "id < :after", "after", v));
        return find(where + " order by id desc", params).page(0, limit).list();
    }

    private static void and(StringBuilder where, Parameters params, String clause, String name, Object value) {
        where.append(" and ").append(clause);
        params.and(name, value);
    }
}
