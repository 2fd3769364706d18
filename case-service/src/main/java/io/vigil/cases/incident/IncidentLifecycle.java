package io.vigil.cases.incident;

import io.vigil.cases.notification.NotificationSubject;
import io.vigil.cases.shift.Alert;
import io.vigil.cases.shift.LeadPager;
import io.vigil.cases.shift.Paged;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Leads declare incidents, move them through their states and hand over command; each step audited, refusals too. */
@ApplicationScoped
public class IncidentLifecycle {

    static final String DECLARED = "incident.declared";

    private final IncidentRepository incidents;
    private final IncidentService reads;
    private final IncidentTimeline timeline;
    private final IncidentAudit audit;
    private final IncidentRevision revision;
    private final IncidentClosure closure;
    private final RcaRepository rcas;
    private final CorrectiveActionRepository actions;
    private final LeadPager pager;
    private final IdGenerator ids;
    private final Clock clock;

    IncidentLifecycle(IncidentRepository incidents, IncidentService reads, IncidentTimeline timeline,
            IncidentAudit audit, IncidentRevision revision, IncidentConfig config, RcaRepository rcas,
            CorrectiveActionRepository actions, LeadPager pager, IdGenerator ids, Clock clock) {
        this.incidents = incidents;
        this.reads = reads;
        this.timeline = timeline;
        this.audit = audit;
        this.revision = revision;
        this.closure = new IncidentClosure(config.rcaRequired());
        this.rcas = rcas;
        this.actions = actions;
        this.pager = pager;
        this.ids = ids;
        this.clock = clock;
    }

    /** Declares an incident in the caller's regions, commanded by the caller unless someone else is named. */
    @Transactional
    public Incident declare(IncidentDetails details, Optional<String> commander, Caller caller) {
        UUID id = ids.next();
        for (String region : details.regions()) {
            if (!caller.maySee(region)) {
                audit.denied("incident.declare", id, region, "region-not-permitted", "region " + region
                        + " is not one of the caller's");
                throw new IncidentRegionNotPermittedException(region);
            }
        }
        Instant now = clock.instant();
        String ref = "INC-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), incidents.nextRefNumber());
        Incident incident = Incident.declare(id, ref, details, commander.orElse(caller.username()),
                caller.username(), now);
        incidents.persistAndFlush(incident);
        timeline.record(id, "declared", caller.username(), "Declared " + ref + ": " + incident.severity() + " "
                + incident.kind() + " incident in " + String.join(", ", incident.regions()) + ", commander "
                + incident.commander());
        audit.about("incident.declare", incident).reason(incident.kind().toString(), null)
                .change("status", null, incident.status().name()).change("severity", null,
                        incident.severity().name()).change("commander", null, incident.commander()).record();
        page(incident);
        return incident;
    }

    @Transactional
    public Incident revise(UUID id, IncidentDetails details, OptionalLong ifMatch, Caller caller) {
        Incident incident = reads.getFor("incident.revise", id, caller);
        audit.check("incident.revise", incident, () -> incident.requireVersion(ifMatch));
        return revision.apply(incident, details, caller);
    }

    /** Moves an incident along; closing also needs {@link IncidentClosure}'s consent. */
    @Transactional
    public Incident transition(UUID id, IncidentStatus to, String reason, OptionalLong ifMatch, Caller caller) {
        Incident incident = reads.getFor("incident.transition", id, caller);
        IncidentStatus from = incident.status();
        audit.check("incident.transition", incident, () -> {
            incident.requireVersion(ifMatch);
            IncidentStateMachine.check(from, to);
            if (to == IncidentStatus.CLOSED) {
                closure.check(incident.severity(), rcas.existsFor(id), actions.of(id));
            }
        });
        incident.transitionTo(to, clock.instant());
        incidents.flush();
        timeline.record(id, "status", caller.username(), from + " → " + to + (reason == null ? "" : ": " + reason));
        audit.about("incident.transition", incident).givenReason(to.name().toLowerCase(), reason)
                .change("status", from.name(), to.name()).record();
        return incident;
    }

    /** Hands command to another person (usually a lead); the service keeps no directory, so any name is taken. */
    @Transactional
    public Incident handOver(UUID id, String commander, OptionalLong ifMatch, Caller caller) {
        Incident incident = reads.getFor("incident.commander", id, caller);
        audit.check("incident.commander", incident, () -> {
            incident.requireVersion(ifMatch);
            incident.requireNotClosed();
        });
        String before = incident.commander();
        if (before.equals(commander)) {
            return incident;
        }
        incident.handOverTo(commander, clock.instant());
        incidents.flush();
        timeline.record(id, "commander", caller.username(), "Command handed from " + before + " to " + commander);
        audit.about("incident.commander", incident).change("commander", before, commander).record();
        return incident;
    }

    private void page(Incident incident) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", incident.id().toString());
        data.put("ref", incident.ref());
        data.put("title", incident.title());
        data.put("kind", incident.kind().toString());
        data.put("severity", incident.severity().name());
        data.put("regions", incident.regions());
        data.put("commander", incident.commander());
        Paged paged = pager.page(new Alert(NotificationSubject.INCIDENT, incident.id(), DECLARED,
                new java.util.TreeSet<>(incident.regions()), Optional.empty(), data));
        timeline.record(incident.id(), "notification", null, paged.summary(DECLARED));
        var event = audit.about("incident.notify", incident).reason(DECLARED, null)
                .change("notifications", null, paged.notification().map(n -> n.id().toString()).orElse(null));
        if (paged.notification().isEmpty()) {
            event.failed("no-webhook");
        }
        event.record();
    }
}
