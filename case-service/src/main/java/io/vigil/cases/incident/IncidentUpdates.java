package io.vigil.cases.incident;

import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Updates posted to an incident (what is known now, what is being done), by its leads and by the investigators of
 * its regions. They are timeline entries; the audit event records that one was posted, not its text.
 */
@ApplicationScoped
public class IncidentUpdates {

    private final IncidentService reads;
    private final IncidentTimeline timeline;
    private final IncidentAudit audit;

    IncidentUpdates(IncidentService reads, IncidentTimeline timeline, IncidentAudit audit) {
        this.reads = reads;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional
    public IncidentEvent post(UUID incidentId, String body, Caller caller) {
        Incident incident = reads.getFor("incident.update", incidentId, caller);
        audit.check("incident.update", incident, incident::requireNotClosed);
        IncidentEvent update = timeline.record(incidentId, "update", caller.username(), body);
        audit.about("incident.update", incident).change("updates", null, update.id().toString()).record();
        return update;
    }
}
