package io.vigil.cases.enforcement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.vigil.cases.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Strikes, always read within a set of regions like the actions that left them. */
@ApplicationScoped
public class StrikeRepository implements PanacheRepositoryBase<Strike, UUID> {

    public Optional<Strike> findVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .firstResultOptional();
    }

    /** A subject's strikes in the regions, newest first. */
    public List<Strike> ofSubject(Subject subject, Set<String> regions) {
        return list("subjectType = :type and subjectRef = :ref and region in :regions order by issuedAt desc, id desc",
                Parameters.with("type", subject.type()).and("ref", subject.ref()).and("regions", regions));
    }

    public List<Strike> ofAction(UUID actionId) {
        return list("actionId = ?1 order by id", actionId);
    }
}
