package io.vigil.sop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The library's filtered listing and the periodic-review query, which need PostgreSQL array operators. */
@ApplicationScoped
public class SopLibraryQueries {

    private final EntityManager em;

    public SopLibraryQueries(EntityManager em) {
        this.em = em;
    }

    /** A keyset page in key order; each filter, when given, must be among the SOP's tags. */
    @SuppressWarnings("unchecked")
    public List<Sop> list(Optional<String> after, Optional<LegalBasis> basis, Optional<String> category, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM sop WHERE true");
        Map<String, Object> params = new HashMap<>();
        after.ifPresent(a -> add(sql, params, " AND key > :after", "after", a));
        basis.ifPresent(b -> add(sql, params, " AND :basis = ANY (legal_bases)", "basis", b.name()));
        category.ifPresent(c -> add(sql, params, " AND :category = ANY (data_categories)", "category", c));
        Query query = em.createNativeQuery(sql.append(" ORDER BY key LIMIT :limit").toString(), Sop.class);
        params.forEach(query::setParameter);
        return query.setParameter("limit", limit).getResultList();
    }

    /** Every SOP with the last time a version of it was published (null when none ever was). */
    public Map<Sop, Instant> lastPublished() {
        List<Object[]> rows = em.createQuery("select s, (select max(v.publishedAt) from SopVersion v"
                + " where v.sopId = s.id) from Sop s order by s.key", Object[].class).getResultList();
        Map<Sop, Instant> last = new LinkedHashMap<>();
        rows.forEach(r -> last.put((Sop) r[0], (Instant) r[1]));
        return last;
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String clause, String name, Object value) {
        sql.append(clause);
        params.put(name, value);
    }
}
