package io.vigil.cases.timeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every use case that changes a case writes one entry here in its own transaction, so the timeline merges
 * intake, status changes, assignment, SLA events, notes, tasks and evidence without joining their tables.
 */
@ApplicationScoped
public class Timeline implements PanacheRepositoryBase<TimelineEntry, UUID> {

    private final IdGenerator ids;
    private final Clock clock;

    public Timeline(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    public void record(UUID caseId, String kind, String actor, String summary) {
        persist(new TimelineEntry(ids.next(), caseId, kind, actor == null ? "system" : actor, clock.instant(),
                summary));
    }

    /** One keyset page in the order things happened (ids are UUIDv7). */
    public List<TimelineEntry> page(UUID caseId, Optional<UUID> after, int limit) {
        Parameters params = Parameters.with("case", caseId).and("after",
                after.orElse(new UUID(0, 0)));
        return find("caseId = :case and id > :after order by id", params).page(0, limit).list();
    }
}
