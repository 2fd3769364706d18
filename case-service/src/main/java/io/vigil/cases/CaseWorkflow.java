package io.vigil.cases;

import io.vigil.cases.sla.SlaPolicy;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ActionForbiddenException;
import io.vigil.kit.problem.PreconditionFailedException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

/** The commands that move a case along: status transitions and (re)assignment, each audited, refused ones too. */
@ApplicationScoped
public class CaseWorkflow {

    private final CaseRepository cases;
    private final StatusHistory history;
    private final SlaPolicy slas;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;
    private final Event<UrgentCaseEscalated> escalated;
    private final Event<CaseTransitioned> transitioned;

    CaseWorkflow(CaseRepository cases, StatusHistory history, SlaPolicy slas, CaseAudit audit, Timeline timeline,
            IdGenerator ids, Clock clock, Event<UrgentCaseEscalated> escalated, Event<CaseTransitioned> transitioned) {
        this.cases = cases;
        this.history = history;
        this.slas = slas;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
        this.escalated = escalated;
        this.transitioned = transitioned;
    }

    @Transactional
    public Case transition(UUID id, CaseStatus to, String reason, OptionalLong ifMatch, Caller caller) {
        Case kase = visible(id, caller, "case.transition");
        checkVersion(kase, ifMatch, "case.transition");
        CaseStatus from = kase.status();
        StatusChange change;
        try {
            change = kase.transitionTo(to, new Move(ids.next(), caller.username(), reason, clock.instant()),
                    slas.targetsFor(kase.priority()));
        } catch (IllegalCaseTransitionException illegal) {
            audit.denied("case.transition", id, kase.region(), "illegal-transition", from + " -> " + to);
            throw illegal;
        }
        history.persist(change);
        cases.flush();
        timeline.record(id, "status", caller.username(), from + " → " + to + (reason == null ? "" : ": " + reason));
        audit.about("case.transition", kase).givenReason(to.name().toLowerCase(), reason)
                .change("status", from.name(), to.name()).record();
        if (to == CaseStatus.ESCALATED && kase.priority() == Priority.P0) {
            escalated.fire(new UrgentCaseEscalated(kase, "manual"));
        }
        transitioned.fire(new CaseTransitioned(kase, from, to, caller.username()));
        return kase;
    }

    /** Assigns or reassigns a case; {@code assignee} null puts it back in its queue's claimable pile. */
    @Transactional
    public Case assign(UUID id, String assignee, OptionalLong ifMatch, Caller caller) {
        Case kase = visible(id, caller, "case.assign");
        checkVersion(kase, ifMatch, "case.assign");
        String before = kase.assignee();
        boolean own = Objects.equals(assignee, caller.username())
                || assignee == null && Objects.equals(before, caller.username());
        if (!own && !caller.hasRole(Roles.LEAD) && !caller.hasRole(Roles.ADMIN)) {
            audit.denied("case.assign", id, kase.region(), "assign-forbidden", "only leads assign others");
            throw new ActionForbiddenException("assign-forbidden", "Only leads and admins assign cases to others");
        }
        if (Objects.equals(before, assignee)) {
            return kase;
        }
        Instant now = clock.instant();
        kase.assignTo(assignee, now);
        cases.flush();
        timeline.record(id, "assignment", caller.username(), assignee == null ? "Unassigned from " + before
                : (before == null ? "Assigned to " : "Reassigned from " + before + " to ") + assignee);
        audit.about("case.assign", kase).change("assignee", before, assignee).record();
        return kase;
    }

    @Transactional
    public Case label(UUID id, String label, boolean add, Caller caller) {
        Case kase = visible(id, caller, "case.label");
        boolean changed = add ? kase.label(label, clock.instant()) : kase.unlabel(label, clock.instant());
        if (changed) {
            cases.flush();
            timeline.record(id, "label", caller.username(), (add ? "Labelled " : "Unlabelled ") + label);
            audit.about("case.label", kase).change("labels", add ? null : label, add ? label : null).record();
        }
        return kase;
    }

    private Case visible(UUID id, Caller caller, String action) {
        return cases.findVisible(id, caller.regions()).orElseThrow(() -> {
            audit.denied(action, id, null, "not-found", "no such case in the caller's regions");
            return new CaseNotFoundException(id);
        });
    }

    private void checkVersion(Case kase, OptionalLong ifMatch, String action) {
        try {
            kase.requireVersion(ifMatch);
        } catch (PreconditionFailedException stale) {
            audit.denied(action, kase.id(), kase.region(), "stale-version", stale.getMessage());
            throw stale;
        }
    }
}
