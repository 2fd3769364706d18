package io.vigil.cases.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The cases a sample may draw from: resolved in the period (and still resolved or closed), worked by someone, in the
 * caller's regions and never sampled before. The SOP is the latest one the case generated tasks from, the only SOP
 * a case records today.
 */
@ApplicationScoped
class SamplePopulation {

    private final EntityManager em;

    SamplePopulation(EntityManager em) {
        this.em = em;
    }

    /** Serialises sampling, so two leads drawing at once cannot both take one case. */
    void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('vigil-qa-sample'))").getSingleResult();
    }

    List<Candidate> of(SampleRequest request, Set<String> regions, int cap) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.queue_id, c.assignee, c.region, s.sop_key, s.sop_version from risk_case c
                left join lateral (select t.sop_key, t.sop_version from case_task t
                    where t.case_id = c.id and t.sop_key is not null order by t.id desc limit 1) s on true
                where c.status in ('RESOLVED', 'CLOSED') and c.resolved_at >= :from and c.resolved_at < :to
                  and c.assignee is not null and c.region in (:regions)
                  and not exists (select 1 from qa_review r where r.case_id = c.id)""");
        request.region().ifPresent(r -> sql.append(" and c.region = :region"));
        request.queueId().ifPresent(q -> sql.append(" and c.queue_id = :queue"));
        request.investigator().ifPresent(i -> sql.append(" and c.assignee = :investigator"));
        Query query = em.createNativeQuery(sql.append(" limit :cap").toString()).setParameter("from", request.from())
                .setParameter("to", request.to()).setParameter("regions", regions).setParameter("cap", cap);
        request.region().ifPresent(r -> query.setParameter("region", r));
        request.queueId().ifPresent(q -> query.setParameter("queue", q));
        request.investigator().ifPresent(i -> query.setParameter("investigator", i));
        List<Candidate> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new Candidate((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : ((Number) r[5]).intValue()));
        }
        return found;
    }
}
