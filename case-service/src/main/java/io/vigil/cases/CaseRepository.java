package io.vigil.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Cases, always read within a set of regions so region scoping cannot be forgotten by a caller. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    public Optional<Case> findVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .firstResultOptional();
    }

    /** One keyset page, newest first: ids are UUIDv7, so id order is creation order. */
    public List<Case> listVisible(CaseFilter filter, Set<String> regions, Optional<UUID> after, int limit) {
        CaseSearch search = new CaseSearch(filter, regions, after, limit);
        var query = getEntityManager().createNativeQuery(search.sql);
        search.params.forEach(query::setParameter);
        List<UUID> ids = query.getResultList().stream().map(UUID.class::cast).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 order by id desc", ids);
    }

    /**
     * Serialises intake per (category, region, subject) for this transaction, so two simultaneous reports about
     * one subject cannot both open a case. Locks are taken in a stable order, so intakes never deadlock.
     */
    public void lockSubjects(CaseReport report) {
        report.subjects().stream().map(s -> report.category() + "|" + report.region() + "|" + s.type() + "|" + s.ref())
                .sorted().distinct().forEach(key -> getEntityManager()
                        .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                        .setParameter("key", key).getSingleResult());
    }

    /** The oldest open case in the report's region and category that shares a subject with it. */
    public Optional<Case> findOpenDuplicate(CaseReport report) {
        StringBuilder sql = new StringBuilder("select c.id from risk_case c join case_subject s on s.case_id = c.id"
                + " where c.category = :category and c.region = :region and c.status not in ('RESOLVED', 'CLOSED')"
                + " and (");
        for (int i = 0; i < report.subjects().size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(s.type = :t").append(i).append(" and s.ref = :r").append(i)
                    .append(')');
        }
        var query = getEntityManager().createNativeQuery(sql.append(") order by c.id limit 1").toString())
                .setParameter("category", report.category()).setParameter("region", report.region());
        for (int i = 0; i < report.subjects().size(); i++) {
            query.setParameter("t" + i, report.subjects().get(i).type().name())
                    .setParameter("r" + i, report.subjects().get(i).ref());
        }
        List<?> found = query.getResultList();
        return found.stream().findFirst().map(id -> findById((UUID) id));
    }

    /** Locks the queue's most urgent unassigned open case, skipping rows other claimers hold right now. */
    public Optional<UUID> lockNextClaimable(UUID queueId, Set<String> regions) {
        List<?> found = getEntityManager().createNativeQuery("select id from risk_case where queue_id = :queue"
                + " and assignee is null and status not in ('RESOLVED', 'CLOSED') and region in (:regions)"
                + " order by priority, id limit 1 for update skip locked")
                .setParameter("queue", queueId).setParameter("regions", regions).getResultList();
        return found.stream().findFirst().map(UUID.class::cast);
    }

    /**
     * How many unassigned open cases of the regions wait in each queue: the rows claim-next chooses from, counted
     * off the same partial index ({@code risk_case_claimable}). Queues with none are absent.
     */
    public Map<UUID, Long> countClaimable(Collection<UUID> queueIds, Set<String> regions) {
        if (queueIds.isEmpty() || regions.isEmpty()) {
            return java.util.Map.of();
        }
        List<?> rows = getEntityManager().createNativeQuery("select queue_id, count(*) from risk_case"
                + " where queue_id in (:queues) and assignee is null and status not in ('RESOLVED', 'CLOSED')"
                + " and region in (:regions) group by queue_id")
                .setParameter("queues", queueIds).setParameter("regions", regions).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put((UUID) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /** Locks up to {@code limit} open cases whose SLA state may have changed by {@code now}. */
    public List<Case> lockSlaDue(java.time.Instant now, int limit) {
        List<?> ids = getEntityManager().createNativeQuery("select id from risk_case where sla_next_check <= :now"
                + " and status not in ('RESOLVED', 'CLOSED') order by sla_next_check limit :limit"
                + " for update skip locked").setParameter("now", now).setParameter("limit", limit).getResultList();
        return ids.stream().map(id -> findById((UUID) id)).toList();
    }

    /** The next human reference, {@code TS-2026-000123}: the year of {@code now} and the next number. */
    public String nextRef(java.time.Instant now) {
        return "TS-%d-%06d".formatted(now.atZone(java.time.ZoneOffset.UTC).getYear(), nextRefNumber());
    }

    public long nextRefNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('case_ref_seq')").getSingleResult())
                .longValue();
    }
}
