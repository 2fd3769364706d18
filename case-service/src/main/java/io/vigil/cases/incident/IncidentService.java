package io.vigil.cases.incident;

import io.vigil.cases.CaseRepository;
import io.vigil.cases.Keyset;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reading incidents: one, lists of those the caller may see, and an incident's timeline. */
@ApplicationScoped
public class IncidentService {

    private final IncidentRepository incidents;
    private final IncidentTimeline timeline;
    private final IncidentAudit audit;
    private final CaseRepository cases;

    IncidentService(IncidentRepository incidents, IncidentTimeline timeline, IncidentAudit audit,
            CaseRepository cases) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.audit = audit;
        this.cases = cases;
    }

    public Incident get(UUID id, Caller caller) {
        return incidents.findVisible(id, caller.regions()).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    /** The incident a command is about; an unseen incident is a 404 audited as a denied {@code action}. */
    public Incident getFor(String action, UUID id, Caller caller) {
        return incidents.findVisible(id, caller.regions()).orElseThrow(() -> {
            audit.denied(action, id, null, "not-found", "no such incident in the caller's regions");
            return new IncidentNotFoundException(id);
        });
    }

    public Page<Incident> list(IncidentFilter filter, PageRequest page, Caller caller) {
        // Filtering by a case the caller may not see finds nothing, so the filter cannot probe for hidden cases.
        if (caller.regions().isEmpty() || filter.caseId().filter(c -> cases.findVisible(c, caller.regions())
                .isEmpty()).isPresent()) {
            return new Page<>(List.of(), null);
        }
        return Keyset.page(incidents.listVisible(filter, caller.regions(), Keyset.after(page), page.limit() + 1),
                page, Incident::id);
    }

    public Page<IncidentEvent> timeline(UUID id, PageRequest page, Caller caller) {
        get(id, caller);
        return Keyset.page(timeline.page(id, caller.regions(), Keyset.after(page), page.limit() + 1), page,
                IncidentEvent::id);
    }
}
