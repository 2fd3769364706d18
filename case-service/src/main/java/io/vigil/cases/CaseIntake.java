package io.vigil.cases;

import io.vigil.cases.queue.Router;
import io.vigil.cases.sla.SlaPolicy;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Intake of reports: a report about a subject and category that already has an open case in the region attaches
 * to it; any other opens a new case, prioritised, given its SLA clock and routed to a queue.
 */
@ApplicationScoped
public class CaseIntake {

    private final CaseRepository cases;
    private final PriorityPolicy priorities;
    private final SlaPolicy slas;
    private final Router router;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    CaseIntake(CaseRepository cases, PriorityPolicy priorities, SlaPolicy slas, Router router, CaseAudit audit,
            Timeline timeline, IdGenerator ids, Clock clock) {
        this.cases = cases;
        this.priorities = priorities;
        this.slas = slas;
        this.router = router;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    /** What intake did with a report: opened a new case, or attached it to an open one. */
    public record Outcome(Case kase, boolean opened) {
    }

    @Transactional
    public Outcome report(CaseReport report, Caller caller) {
        if (!caller.maySee(report.region())) {
            audit.denied("case.open", ids.next(), report.region(), "region-not-permitted",
                    "region " + report.region() + " is not one of the caller's");
            throw new RegionNotPermittedException(report.region());
        }
        cases.lockSubjects(report);
        Optional<Case> open = cases.findOpenDuplicate(report);
        return open.map(existing -> attach(existing, report, caller))
                .orElseGet(() -> new Outcome(open(report, caller), true));
    }

    private Case open(CaseReport report, Caller caller) {
        Instant now = clock.instant();
        String ref = cases.nextRef(now);
        Priority priority = priorities.priorityOf(report.severity(), report.source());
        Case opened = Case.open(ids.next(), ref, report, priority, caller.username(), slas.targetsFor(priority), now);
        router.route(opened).ifPresent(queue -> opened.placeIn(queue, now));
        cases.persistAndFlush(opened);
        timeline.record(opened.id(), "opened", caller.username(), "Opened " + ref + " as " + priority
                + " from a " + report.source() + " report");
        audit.about("case.open", opened).reason(report.source().toString(), report.title())
                .change("status", null, opened.status().name()).change("priority", null, priority.name())
                .change("queueId", null, String.valueOf(opened.queueId())).record();
        return opened;
    }

    private Outcome attach(Case existing, CaseReport report, Caller caller) {
        Priority before = existing.priority();
        Priority after = priorities.afterReport(before, report.severity(), report.source(),
                existing.reportCount() + 1);
        existing.attachReport(caller.username(), after, clock.instant());
        cases.flush();
        timeline.record(existing.id(), "report-attached", caller.username(), "Report " + existing.reportCount()
                + " attached" + (before == after ? "" : "; priority raised from " + before + " to " + after));
        audit.about("case.report-attach", existing).reason(report.source().toString(), report.title())
                .change("reportCount", String.valueOf(existing.reportCount() - 1),
                        String.valueOf(existing.reportCount()))
                .change("priority", before.name(), after.name()).record();
        return new Outcome(existing, false);
    }
}
