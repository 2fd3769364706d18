package io.vigil.cases.appeal;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseReport;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.CaseSource;
import io.vigil.cases.Priority;
import io.vigil.cases.PriorityPolicy;
import io.vigil.cases.enforcement.EnforcementAction;
import io.vigil.cases.link.LinkService;
import io.vigil.cases.link.LinkType;
import io.vigil.cases.sla.SlaPolicy;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Opens the case that reviews an appeal: source {@code appeal}, category {@code appeal.<category>} (so reports about
 * the same subjects never attach to it), the action's subjects, the enforced case's region and severity, an SLA by
 * its priority, the appeals queue of its domain and region, and an APPEAL_OF link to the enforced case.
 */
@ApplicationScoped
public class AppealCases {

    private final CaseRepository cases;
    private final PriorityPolicy priorities;
    private final SlaPolicy slas;
    private final AppealQueues queues;
    private final LinkService links;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    AppealCases(CaseRepository cases, PriorityPolicy priorities, SlaPolicy slas, AppealQueues queues,
            LinkService links, CaseAudit audit, Timeline timeline, IdGenerator ids, Clock clock) {
        this.cases = cases;
        this.priorities = priorities;
        this.slas = slas;
        this.queues = queues;
        this.links = links;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    Case open(Case enforced, EnforcementAction action, String statement, Caller caller) {
        Instant now = clock.instant();
        CaseReport report = new CaseReport(enforced.domain(), "appeal." + enforced.category(),
                "Appeal against " + action.type() + " (" + action.reasonCode() + ") on " + enforced.ref(), statement,
                enforced.region(), enforced.severity(), CaseSource.APPEAL, action.subjects());
        Priority priority = priorities.priorityOf(report.severity(), CaseSource.APPEAL);
        Case opened = Case.open(ids.next(), cases.nextRef(now), report, priority, caller.username(),
                slas.targetsFor(priority), now);
        opened.placeIn(queues.queueFor(enforced.region(), enforced.domain()), now);
        cases.persistAndFlush(opened);
        timeline.record(opened.id(), "opened", caller.username(), "Opened " + opened.ref() + " as " + priority
                + " from an appeal against " + action.type() + " on " + enforced.ref());
        audit.about("case.open", opened).givenReason(CaseSource.APPEAL.toString(), report.title())
                .change("status", null, opened.status().name()).change("priority", null, priority.name())
                .change("queueId", null, String.valueOf(opened.queueId())).record();
        links.link(opened.id(), LinkType.APPEAL_OF, enforced.id(), caller);
        return opened;
    }
}
