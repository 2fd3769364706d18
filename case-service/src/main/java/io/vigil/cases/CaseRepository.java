package io.vigil.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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
        List<String> where = new ArrayList<>(List.of("c.region in :regions"));
        Parameters params = Parameters.with("regions", regions);
        filter.status().ifPresent(status -> {
            where.add("c.status = :status");
            params.and("status", status);
        });
        filter.region().ifPresent(region -> {
            where.add("c.region = :region");
            params.and("region", region);
        });
        filter.subjectRef().ifPresent(ref -> {
            where.add("exists (select 1 from Case c2 join c2.subjects s where c2 = c and s.ref = :subject)");
            params.and("subject", ref);
        });
        after.ifPresent(id -> {
            where.add("c.id < :after");
            params.and("after", id);
        });
        return find("from Case c where " + String.join(" and ", where) + " order by c.id desc", params).page(0, limit).list();
    }

    public long nextRefNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('case_ref_seq')").getSingleResult())
                .longValue();
    }
}
