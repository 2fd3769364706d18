package io.vigil.cases.incident;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Revises an incident's details. Adding or removing a region needs the caller to hold it (the change widens or
 * narrows who may see the incident), and a region still holding linked cases cannot be removed.
 */
@ApplicationScoped
class IncidentRevision {

    private final IncidentRepository incidents;
    private final IncidentTimeline timeline;
    private final IncidentAudit audit;
    private final Clock clock;

    IncidentRevision(IncidentRepository incidents, IncidentTimeline timeline, IncidentAudit audit, Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    Incident apply(Incident incident, IncidentDetails details, Caller caller) {
        Set<String> before = new TreeSet<>(incident.regions());
        audit.check("incident.revise", incident, () -> {
            incident.requireNotClosed();
            checkRegions(incident, before, details.regions(), caller);
        });
        List<String[]> changes = changes(incident, details);
        if (changes.isEmpty()) {
            return incident;
        }
        incident.revise(details, clock.instant());
        incidents.flush();
        List<String> said = new ArrayList<>();
        AuditEventBuilder event = audit.about("incident.revise", incident);
        for (String[] change : changes) {
            // Title and description are free text: the audit event records that they changed, not what they say.
            boolean text = change[0].equals("title") || change[0].equals("description");
            event.change(change[0], text ? null : change[1], text ? "changed" : change[2]);
            said.add(text ? change[0] : change[0] + " " + change[1] + " → " + change[2]);
        }
        event.record();
        timeline.record(incident.id(), "revised", caller.username(), "Revised " + String.join("; ", said));
        return incident;
    }

    private void checkRegions(Incident incident, Set<String> before, Set<String> after, Caller caller) {
        Set<String> touched = new TreeSet<>(before);
        touched.addAll(after);
        touched.removeIf(r -> before.contains(r) && after.contains(r));
        for (String region : touched) {
            if (!caller.maySee(region)) {
                throw new IncidentRegionNotPermittedException(region);
            }
        }
        Set<String> dropped = new TreeSet<>(incidents.regionsWithCases(incident.id()));
        dropped.removeAll(after);
        if (!dropped.isEmpty()) {
            throw new ConflictException("region-has-cases", "Region(s) " + String.join(", ", dropped)
                    + " still have linked cases; unlink them first", Map.of("regions", List.copyOf(dropped)));
        }
    }

    private static List<String[]> changes(Incident incident, IncidentDetails details) {
        List<String[]> changes = new ArrayList<>();
        compare(changes, "title", incident.title(), details.title());
        compare(changes, "description", incident.description(), details.description());
        compare(changes, "kind", incident.kind().toString(), details.kind().toString());
        compare(changes, "severity", incident.severity().name(), details.severity().name());
        compare(changes, "regions", String.join(",", incident.regions()), String.join(",", details.regions()));
        return changes;
    }

    private static void compare(List<String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new String[] {field, before, after});
        }
    }
}
