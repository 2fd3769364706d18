package io.vigil.cases.queue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Queues, read within the caller's regions like cases are. */
@ApplicationScoped
public class QueueRepository implements PanacheRepositoryBase<WorkQueue, UUID> {

    public Optional<WorkQueue> findVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .firstResultOptional();
    }

    public List<WorkQueue> listVisible(Set<String> regions) {
        return list("region in :regions order by name", Parameters.with("regions", regions));
    }

    /** The lead queue for a region, preferring one for the case's domain. */
    public Optional<WorkQueue> findLeadQueue(String region, String domain) {
        return find("kind = :kind and region = :region order by case when domain = :domain then 0 else 1 end, name",
                Parameters.with("kind", QueueKind.LEAD).and("region", region).and("domain", domain))
                .firstResultOptional();
    }

    /** The appeals queue for a region, preferring one for the domain, then one for every domain. */
    public Optional<WorkQueue> findAppealsQueue(String region, String domain) {
        return find("kind = :kind and region = :region and (domain = :domain or domain is null)"
                + " order by case when domain = :domain then 0 else 1 end, name",
                Parameters.with("kind", QueueKind.APPEALS).and("region", region).and("domain", domain))
                .firstResultOptional();
    }

    public boolean nameTaken(String name, UUID except) {
        return count("name = ?1 and id <> ?2", name, except) > 0;
    }
}
