package io.vigil.cases.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Incidents, always read within a set of regions: an incident is visible when it shares one with the caller. */
@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    private static final String SHARES_REGION = "exists (select 1 from incident_region r where r.incident_id = i.id"
            + " and r.region in (:regions))";

    public Optional<Incident> findVisible(UUID id, Set<String> regions) {
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        List<?> found = getEntityManager().createNativeQuery("select i.id from incident i where i.id = :id and "
                + SHARES_REGION).setParameter("id", id).setParameter("regions", regions).getResultList();
        return found.isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    /** One keyset page, newest first (ids are UUIDv7). */
    public List<Incident> listVisible(IncidentFilter filter, Set<String> regions, Optional<UUID> after, int limit) {
        StringBuilder sql = new StringBuilder("select i.id from incident i where ").append(SHARES_REGION);
        Map<String, Object> params = new HashMap<>();
        params.put("regions", regions);
        filter.status().ifPresent(s -> add(sql, params, " and i.status = :status", "status", s.name()));
        filter.severity().ifPresent(s -> add(sql, params, " and i.severity = :severity", "severity", s.name()));
        filter.kind().ifPresent(k -> add(sql, params, " and i.kind = :kind", "kind", k.name()));
        filter.commander().ifPresent(c -> add(sql, params, " and i.commander = :commander", "commander", c));
        filter.region().ifPresent(r -> add(sql, params, " and exists (select 1 from incident_region f"
                + " where f.incident_id = i.id and f.region = :region)", "region", r));
        filter.caseId().ifPresent(c -> add(sql, params, " and exists (select 1 from incident_case f"
                + " where f.incident_id = i.id and f.case_id = :caseId)", "caseId", c));
        after.ifPresent(a -> add(sql, params, " and i.id < :after", "after", a));
        sql.append(" order by i.id desc limit :limit");
        params.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<UUID> ids = query.getResultList().stream().map(UUID.class::cast).toList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id desc", ids);
    }

    public long nextRefNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('incident_ref_seq')")
                .getSingleResult()).longValue();
    }

    /** Links a case; false when it was linked already. */
    public boolean linkCase(UUID incidentId, UUID caseId, String by, Instant at) {
        return getEntityManager().createNativeQuery("insert into incident_case (incident_id, case_id, linked_by,"
                + " linked_at) values (:i, :c, :by, :at) on conflict do nothing").setParameter("i", incidentId)
                .setParameter("c", caseId).setParameter("by", by).setParameter("at", at).executeUpdate() == 1;
    }

    public boolean unlinkCase(UUID incidentId, UUID caseId) {
        return getEntityManager().createNativeQuery("delete from incident_case where incident_id = :i"
                + " and case_id = :c").setParameter("i", incidentId).setParameter("c", caseId).executeUpdate() == 1;
    }

    /** The linked cases in the given regions, by case id, after {@code after}: (case id, linked by, linked at). */
    public List<LinkedCaseRow> linkedCases(UUID incidentId, Set<String> regions, Optional<UUID> after, int limit) {
        List<?> rows = getEntityManager().createNativeQuery("select l.case_id, l.linked_by, l.linked_at"
                + " from incident_case l join risk_case c on c.id = l.case_id where l.incident_id = :i"
                + " and c.region in (:regions) and l.case_id > :after order by l.case_id limit :limit")
                .setParameter("i", incidentId).setParameter("regions", regions)
                .setParameter("after", after.orElse(new UUID(0, 0))).setParameter("limit", limit).getResultList();
        List<LinkedCaseRow> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            found.add(new LinkedCaseRow((UUID) r[0], (String) r[1], toInstant(r[2])));
        }
        return found;
    }

    /** Regions of the incident that still have linked cases, so a revision cannot drop them. */
    public Set<String> regionsWithCases(UUID incidentId) {
        List<?> rows = getEntityManager().createNativeQuery("select distinct c.region from incident_case l"
                + " join risk_case c on c.id = l.case_id where l.incident_id = :i").setParameter("i", incidentId)
                .getResultList();
        return Set.copyOf(rows.stream().map(String.class::cast).toList());
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        sql.append(clause);
        params.put(name, value);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** One link of a case to an incident. */
    public record LinkedCaseRow(UUID caseId, String linkedBy, Instant linkedAt) {
    }
}
