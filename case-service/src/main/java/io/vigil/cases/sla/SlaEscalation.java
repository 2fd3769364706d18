package io.vigil.cases.sla;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.CaseStateMachine;
import io.vigil.cases.CaseStatus;
import io.vigil.cases.Move;
import io.vigil.cases.Priority;
import io.vigil.cases.StatusHistory;
import io.vigil.cases.UrgentCaseEscalated;
import io.vigil.cases.queue.QueueRepository;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A breached P0 or P1 case goes to a lead: it is escalated through the state machine and moved, unassigned, to
 * the lead queue of its region (preferring its domain's), where a lead claims it.
 */
@ApplicationScoped
public class SlaEscalation {

    static final Set<Priority> URGENT = EnumSet.of(Priority.P0, Priority.P1);

    private final CaseRepository cases;
    private final StatusHistory history;
    private final QueueRepository queues;
    private final SlaPolicy slas;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Event<UrgentCaseEscalated> escalated;

    SlaEscalation(CaseRepository cases, StatusHistory history, QueueRepository queues, SlaPolicy slas,
            CaseAudit audit, Timeline timeline, IdGenerator ids, Event<UrgentCaseEscalated> escalated) {
        this.cases = cases;
        this.history = history;
        this.queues = queues;
        this.slas = slas;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.escalated = escalated;
    }

    void escalateIfUrgent(Case kase, Instant now) {
        if (!URGENT.contains(kase.priority()) || !CaseStateMachine.allows(kase.status(), CaseStatus.ESCALATED)) {
            return;
        }
        CaseStatus from = kase.status();
        history.persist(kase.transitionTo(CaseStatus.ESCALATED, new Move(ids.next(), "system", "sla-breached", now),
                slas.targetsFor(kase.priority())));
        String assignee = kase.assignee();
        kase.assignTo(null, now);
        queues.findLeadQueue(kase.region(), kase.domain()).ifPresent(lead -> kase.placeIn(lead.id(), now));
        cases.flush();
        timeline.record(kase.id(), "status", null, from + " → ESCALATED: SLA breached, moved to the lead queue");
        audit.about("case.escalate", kase).reason("sla-breached", "breached " + kase.priority() + " SLA")
                .change("status", from.name(), CaseStatus.ESCALATED.name())
                .change("assignee", assignee, null).change("queueId", null, String.valueOf(kase.queueId())).record();
        escalated.fire(new UrgentCaseEscalated(kase, "sla-breached"));
    }
}
