package io.vigil.sop.consistency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.sop.Sop;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Decision records, and the two aggregates every statistic is computed from. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public boolean exists(Sop sop, int version, String ticketId) {
        return count("sopId = ?1 and sopVersion = ?2 and ticketId = ?3", sop.id(), version, ticketId) > 0;
    }

    /** Decisions of a version counted by (bot outcome, human outcome): the agreement table. */
    public Map<Agreement.Pair, Long> table(Sop sop, int version) {
        List<Object[]> rows = getEntityManager().createQuery("select d.botOutcome, d.humanOutcome, count(d)"
                + " from Decision d where d.sopId = :sop and d.sopVersion = :v group by d.botOutcome, d.humanOutcome",
                Object[].class).setParameter("sop", sop.id()).setParameter("v", version).getResultList();
        Map<Agreement.Pair, Long> table = new HashMap<>();
        rows.forEach(r -> table.put(new Agreement.Pair((String) r[0], (String) r[1]), (Long) r[2]));
        return table;
    }

    /** {rated, good or excellent (4-5)} for a version. */
    public long[] csat(Sop sop, int version) {
        Object[] row = getEntityManager().createQuery("select count(d.csat),"
                + " coalesce(sum(case when d.csat >= 4 then 1 else 0 end), 0)"
                + " from Decision d where d.sopId = :sop and d.sopVersion = :v", Object[].class)
                .setParameter("sop", sop.id()).setParameter("v", version).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
