package io.vigil.cases.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An incident's corrective actions, in the order they were first committed to. */
@ApplicationScoped
public class CorrectiveActionRepository implements PanacheRepositoryBase<CorrectiveAction, UUID> {

    public List<CorrectiveAction> of(UUID incidentId) {
        return list("incidentId = ?1 order by id", incidentId);
    }

    public Optional<CorrectiveAction> findOf(UUID incidentId, UUID id) {
        return find("id = ?1 and incidentId = ?2", id, incidentId).firstResultOptional();
    }
}
