package io.vigil.cases.quality;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** QA reviews, read within the caller's regions (a review has its case's region). */
@ApplicationScoped
public class QaReviewRepository implements PanacheRepositoryBase<QaReview, UUID> {

    public Optional<QaReview> findVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .firstResultOptional();
    }

    /** One keyset page in queue order (oldest first). */
    public List<QaReview> listVisible(QaReviewFilter filter, Set<String> regions, Optional<UUID> after, int limit) {
        StringBuilder query = new StringBuilder("region in :regions and id > :after");
        Parameters params = Parameters.with("regions", regions).and("after", after.orElse(new UUID(0, 0)));
        filter.status().ifPresent(s -> and(query, params, "status = :status", "status", s));
        filter.investigator().ifPresent(i -> and(query, params, "investigator = :investigator", "investigator", i));
        filter.queueId().ifPresent(q -> and(query, params, "queueId = :queue", "queue", q));
        filter.sampleId().ifPresent(s -> and(query, params, "sampleId = :sample", "sample", s));
        return find(query.append(" order by id").toString(), params).page(0, limit).list();
    }

    public Optional<QaSample> findSample(UUID id) {
        return Optional.ofNullable(getEntityManager().find(QaSample.class, id));
    }

    private static void and(StringBuilder query, Parameters params, String clause, String name, Object value) {
        query.append(" and ").append(clause);
        params.and(name, value);
    }
}
