package io.vigil.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The status history rows of cases, oldest first. */
@ApplicationScoped
public class StatusHistory implements PanacheRepositoryBase<StatusChange, UUID> {

    public List<StatusChange> of(UUID caseId) {
        return list("caseId = ?1 order by changedAt, id", caseId);
    }
}
