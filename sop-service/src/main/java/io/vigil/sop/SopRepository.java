package io.vigil.sop;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SOPs by their human key. */
@ApplicationScoped
public class SopRepository implements PanacheRepositoryBase<Sop, UUID> {

    public Optional<Sop> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** A keyset page in key order, after the given key. */
    public List<Sop> listAfter(Optional<String> afterKey, int limit) {
        return afterKey
                .map(after -> find("from Sop s where s.key > :after order by s.key", Parameters.with("after", after)))
                .orElseGet(() -> find("from Sop s order by s.key"))
                .page(0, limit).list();
    }
}
