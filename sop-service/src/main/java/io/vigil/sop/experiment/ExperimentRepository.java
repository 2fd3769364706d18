package io.vigil.sop.experiment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.sop.Sop;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Experiments of an SOP. */
@ApplicationScoped
public class ExperimentRepository implements PanacheRepositoryBase<Experiment, UUID> {

    public Experiment get(Sop sop, UUID id) {
        return find("sopId = ?1 and id = ?2", sop.id(), id).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("Experiment", id));
    }

    public Optional<Experiment> findActive(Sop sop) {
        return find("sopId = ?1 and status = ?2", sop.id(), ExperimentStatus.ACTIVE).firstResultOptional();
    }
}
