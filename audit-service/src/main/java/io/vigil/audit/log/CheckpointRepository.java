package io.vigil.audit.log;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Published checkpoints by tree size. */
@ApplicationScoped
public class CheckpointRepository implements PanacheRepositoryBase<StoredCheckpoint, Long> {

    public Optional<StoredCheckpoint> findLatest() {
        return find("order by treeSize desc").firstResultOptional();
    }
}
