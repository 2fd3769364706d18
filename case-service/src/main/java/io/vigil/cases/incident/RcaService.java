package io.vigil.cases.incident;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.PreconditionFailedException;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The RCA report of an incident: each save is the next immutable version, and brings the corrective actions in line
 * with it. Saves of one incident are serialised on the incident row, so two leads cannot both write version n.
 */
@ApplicationScoped
public class RcaService {

    private final IncidentService reads;
    private final IncidentRepository incidents;
    private final RcaRepository rcas;
    private final RcaActions actions;
    private final RcaJson json;
    private final IncidentTimeline timeline;
    private final IncidentAudit audit;
    private final Clock clock;

    RcaService(IncidentService reads, IncidentRepository incidents, RcaRepository rcas, RcaActions actions,
            RcaJson json, IncidentTimeline timeline, IncidentAudit audit, Clock clock) {
        this.reads = reads;
        this.incidents = incidents;
        this.rcas = rcas;
        this.actions = actions;
        this.json = json;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the next version; {@code ifMatch} names the version the lead edited (0 for the first save). */
    @Transactional
    public RcaVersion save(UUID incidentId, RcaDraft draft, OptionalLong ifMatch, Caller caller) {
        Incident incident = reads.getFor("incident.rca-save", incidentId, caller);
        incidents.getEntityManager().lock(incident, LockModeType.PESSIMISTIC_WRITE);
        int latest = rcas.latestNumber(incidentId);
        Instant now = clock.instant();
        RcaActions.Applied applied = actions.plan(incident, draft.correctiveActions());
        audit.check("incident.rca-save", incident, () -> {
            incident.requireNotClosed();
            if (ifMatch.isPresent() && ifMatch.getAsLong() != latest) {
                throw new PreconditionFailedException("The RCA report of " + incident.ref(), ifMatch.getAsLong(),
                        latest);
            }
            applied.check();
        });
        List<RcaContent.ActionSnapshot> snapshot = applied.apply(now);
        RcaContent content = new RcaContent(draft.summary(), draft.impact(), draft.timeline(), draft.rootCause(),
                draft.contributingFactors(), snapshot);
        RcaReport report = new RcaReport(incidentId, latest + 1, json.store(content), caller.username(), now);
        rcas.persistAndFlush(report);
        timeline.record(incidentId, "rca", caller.username(), "RCA version " + report.number() + " saved with "
                + snapshot.size() + " corrective action(s), " + applied.added().size() + " new");
        AuditEventBuilder event = audit.about("incident.rca-save", incident)
                .change("rcaVersion", latest == 0 ? null : Integer.toString(latest), Integer.toString(latest + 1));
        applied.added().forEach(a -> event.change("correctiveActions", null, a.id().toString()));
        event.record();
        return json.read(report);
    }

    public RcaVersion latest(UUID incidentId, Caller caller) {
        reads.get(incidentId, caller);
        int latest = rcas.latestNumber(incidentId);
        if (latest == 0) {
            throw new ResourceNotFoundException("RCA report of incident", incidentId);
        }
        return version(incidentId, latest, caller);
    }

    public RcaVersion version(UUID incidentId, int number, Caller caller) {
        reads.get(incidentId, caller);
        return rcas.findVersion(incidentId, number).map(json::read)
                .orElseThrow(() -> new ResourceNotFoundException("RCA version of incident " + incidentId, number));
    }

    /** Versions newest first; the cursor holds the last number shown. */
    public Page<RcaVersion> versions(UUID incidentId, PageRequest page, Caller caller) {
        reads.get(incidentId, caller);
        int before = page.after().map(RcaService::number).orElse(Integer.MAX_VALUE);
        List<RcaReport> found = rcas.page(incidentId, before, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<RcaReport> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(Integer.toString(items.get(items.size() - 1).number())) : null;
        return new Page<>(items.stream().map(json::read).toList(), next);
    }

    private static int number(String position) {
        try {
            return Integer.parseInt(position);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }
}
