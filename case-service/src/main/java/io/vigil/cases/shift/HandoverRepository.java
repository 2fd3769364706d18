package io.vigil.cases.shift;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Handover notes, read within the caller's regions, newest first. */
@ApplicationScoped
public class HandoverRepository implements PanacheRepositoryBase<Handover, UUID> {

    /** One keyset page, newest first (ids are UUIDv7). */
    public List<Handover> page(Set<String> regions, Optional<String> region, Optional<UUID> after, int limit) {
        StringBuilder where = new StringBuilder("region in :regions");
        Parameters params = Parameters.with("regions", regions);
        region.ifPresent(r -> {
            where.append(" and region = :region");
            params.and("region", r);
        });
        after.ifPresent(a -> {
            where.append(" and id < :after");
            params.and("after", a);
        });
        return find(where + " order by id desc", params).page(0, limit).list();
    }
}
