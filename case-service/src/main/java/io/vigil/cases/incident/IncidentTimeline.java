package io.vigil.cases.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The incident's timeline: every use case that changes an incident, its cases, RCA or pages writes one entry. */
@ApplicationScoped
public class IncidentTimeline implements PanacheRepositoryBase<IncidentEvent, UUID> {

    private final IdGenerator ids;
    private final Clock clock;

    IncidentTimeline(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** An entry about the incident as a whole; {@code actor} null means the system. */
    public IncidentEvent record(UUID incidentId, String kind, String actor, String summary) {
        return recordIn(incidentId, kind, actor, summary, null);
    }

    /** An entry about something in one region (a case), shown only to callers who may see that region. */
    public IncidentEvent recordIn(UUID incidentId, String kind, String actor, String summary, String region) {
        IncidentEvent event = new IncidentEvent(ids.next(), incidentId, kind, actor == null ? "system" : actor,
                clock.instant(), summary, region);
        persist(event);
        return event;
    }

    /** One keyset page in the order things happened. */
    List<IncidentEvent> page(UUID incidentId, Set<String> regions, Optional<UUID> after, int limit) {
        return find("incidentId = :incident and (region is null or region in :regions) and id > :after order by id",
                Parameters.with("incident", incidentId).and("regions", regions)
                        .and("after", after.orElse(new UUID(0, 0)))).page(0, limit).list();
    }
}
