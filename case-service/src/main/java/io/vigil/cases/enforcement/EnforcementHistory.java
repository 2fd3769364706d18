package io.vigil.cases.enforcement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Each action's history entries, oldest first (ids are UUIDv7). */
@ApplicationScoped
public class EnforcementHistory implements PanacheRepositoryBase<EnforcementEvent, UUID> {

    public List<EnforcementEvent> of(UUID actionId) {
        return list("actionId = ?1 order by id", actionId);
    }
}
