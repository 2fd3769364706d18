package io.vigil.sop.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.sop.Sop;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Ticketbot sessions of an SOP. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public Session get(Sop sop, UUID id) {
        return find("sopId = ?1 and id = ?2", sop.id(), id).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("Session", id));
    }
}
