package io.vigil.cases.incident;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.CaseService;
import io.vigil.cases.Keyset;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The cases an incident groups. A lead links only cases they can see, and only from the incident's regions (so
 * everyone who sees the case sees the incident); each link shows on both timelines and in both audit trails.
 */
@ApplicationScoped
public class IncidentCases {

    private final IncidentService reads;
    private final IncidentRepository incidents;
    private final CaseService cases;
    private final CaseRepository caseRows;
    private final IncidentTimeline timeline;
    private final Timeline caseTimeline;
    private final IncidentAudit audit;
    private final CaseAudit caseAudit;
    private final Clock clock;

    IncidentCases(IncidentService reads, IncidentRepository incidents, CaseService cases, CaseRepository caseRows,
            IncidentTimeline timeline, Timeline caseTimeline, IncidentAudit audit, CaseAudit caseAudit, Clock clock) {
        this.reads = reads;
        this.incidents = incidents;
        this.cases = cases;
        this.caseRows = caseRows;
        this.timeline = timeline;
        this.caseTimeline = caseTimeline;
        this.audit = audit;
        this.caseAudit = caseAudit;
        this.clock = clock;
    }

    @Transactional
    public LinkedCase link(UUID incidentId, UUID caseId, Caller caller) {
        String verb = "incident.link-case";
        Incident incident = reads.getFor(verb, incidentId, caller);
        audit.check(verb, incident, incident::requireNotClosed);
        Case kase = cases.getFor("case.incident-link", caseId, caller);
        Instant now = clock.instant();
        audit.check(verb, incident, () -> {
            if (!incident.concerns(kase.region())) {
                throw new ConflictException("case-region-outside-incident", "Case " + kase.ref() + " is in "
                        + kase.region() + ", not one of the incident's regions; add the region to the incident first",
                        Map.of("regions", incident.regions()));
            }
            if (!incidents.linkCase(incidentId, caseId, caller.username(), now)) {
                throw new ConflictException("case-already-linked", "Case " + kase.ref() + " is already linked");
            }
        });
        timeline.recordIn(incidentId, "case", caller.username(), "Linked case " + kase.ref() + " (" + kase.priority()
                + ", " + kase.status() + ")", kase.region());
        caseTimeline.record(caseId, "incident", caller.username(), "Linked to incident " + incident.ref());
        audit.about(verb, incident).change("cases", null, caseId.toString()).record();
        caseAudit.about("case.incident-link", kase).change("incidents", null, incidentId.toString()).record();
        return new LinkedCase(kase, caller.username(), now);
    }

    @Transactional
    public void unlink(UUID incidentId, UUID caseId, Caller caller) {
        String verb = "incident.unlink-case";
        Incident incident = reads.getFor(verb, incidentId, caller);
        audit.check(verb, incident, incident::requireNotClosed);
        Case kase = cases.getFor("case.incident-unlink", caseId, caller);
        audit.check(verb, incident, () -> {
            if (!incidents.unlinkCase(incidentId, caseId)) {
                throw new ResourceNotFoundException("Linked case", caseId);
            }
        });
        timeline.recordIn(incidentId, "case", caller.username(), "Unlinked case " + kase.ref(), kase.region());
        caseTimeline.record(caseId, "incident", caller.username(), "Unlinked from incident " + incident.ref());
        audit.about(verb, incident).change("cases", caseId.toString(), null).record();
        caseAudit.about("case.incident-unlink", kase).change("incidents", incidentId.toString(), null).record();
    }

    /** The linked cases the caller may see, by case id. */
    public Page<LinkedCase> of(UUID incidentId, PageRequest page, Caller caller) {
        reads.get(incidentId, caller);
        var rows = incidents.linkedCases(incidentId, caller.regions(), Keyset.after(page),
                page.limit() + 1);
        return Keyset.page(rows, page, IncidentRepository.LinkedCaseRow::caseId)
                .map(r -> new LinkedCase(caseRows.findById(r.caseId()), r.linkedBy(), r.linkedAt()));
    }
}
