package io.vigil.cases.enforcement;

import io.vigil.cases.Move;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ActionForbiddenException;
import io.vigil.kit.problem.PreconditionFailedException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What leads do with actions after they are requested: approve or reject a pending one (four-eyes), reverse one in
 * force; and the reversal an overturned appeal causes. Every refusal is audited before it is thrown.
 */
@ApplicationScoped
public class EnforcementDecisions {

    private final EnforcementHistory history;
    private final EnforcementAudit audit;
    private final EnforcementPolicies policies;
    private final StrikeService strikes;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    EnforcementDecisions(EnforcementHistory history, EnforcementAudit audit, EnforcementPolicies policies,
            StrikeService strikes, Timeline timeline, IdGenerator ids, Clock clock) {
        this.history = history;
        this.audit = audit;
        this.policies = policies;
        this.strikes = strikes;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    /** A lead other than the requester approves (the action comes into force) or rejects a pending action. */
    @Transactional
    public EnforcementAction decide(UUID id, Decision decision, String reason, OptionalLong ifMatch, Caller caller) {
        String verb = decision == Decision.APPROVE ? "enforcement.approve" : "enforcement.reject";
        EnforcementAction action = audit.visible(verb, id, caller, true);
        try {
            policies.fourEyes().checkDecider(action, caller.username(), caller.hasRole(Roles.LEAD));
        } catch (ActionForbiddenException refused) {
            throw audit.refused(verb, action, refused);
        }
        checkVersion(verb, action, ifMatch);
        EnforcementStatus before = action.status();
        Move move = new Move(ids.next(), caller.username(), reason, clock.instant());
        EnforcementEvent entry;
        try {
            entry = decision == Decision.APPROVE ? action.approve(move) : action.reject(move);
        } catch (IllegalEnforcementStateException illegal) {
            throw audit.refused(verb, action, illegal);
        }
        history.persist(entry);
        List<Strike> issued = strikes.issue(action);
        history.flush();
        timeline.record(action.caseId(), "enforcement", caller.username(), EnforcementService.describe(action)
                + (decision == Decision.APPROVE ? " approved; in force" + EnforcementService.strikeNote(issued)
                        : " rejected") + ": " + reason);
        var event = audit.about(verb, action).givenReason(decision.toString(), reason)
                .change("status", before.name(), action.status().name());
        issued.forEach(s -> event.change("strike", null, s.id().toString()));
        event.record();
        return action;
    }

    /** A lead undoes an action in force (or one that has run out); its strikes are dismissed with it. */
    @Transactional
    public EnforcementAction reverse(UUID id, String reason, OptionalLong ifMatch, Caller caller) {
        EnforcementAction action = audit.visible("enforcement.reverse", id, caller, true);
        if (!caller.hasRole(Roles.LEAD)) {
            throw audit.refused("enforcement.reverse", action, new ActionForbiddenException("lead-required",
                    "Only a lead may reverse an enforcement action"));
        }
        checkVersion("enforcement.reverse", action, ifMatch);
        return reverse(action, reason, EnforcementEventKind.REVERSED, caller);
    }

    /**
     * Reverses an action whose appeal was overturned, in the appeal's transaction; the appeal's rules decide who may
     * do this. An action already reversed stays as it is.
     */
    public EnforcementAction reverseOnAppeal(UUID id, String reason, Caller caller) {
        EnforcementAction action = audit.visible("enforcement.reverse", id, caller, true);
        if (action.status() == EnforcementStatus.REVERSED || action.status() == EnforcementStatus.REJECTED) {
            return action;
        }
        return reverse(action, reason, EnforcementEventKind.APPEAL_OVERTURNED, caller);
    }

    private EnforcementAction reverse(EnforcementAction action, String reason, EnforcementEventKind kind,
            Caller caller) {
        EnforcementStatus before = action.status();
        EnforcementEvent event;
        try {
            event = action.reverse(new Move(ids.next(), caller.username(), reason, clock.instant()), kind);
        } catch (IllegalEnforcementStateException illegal) {
            throw audit.refused("enforcement.reverse", action, illegal);
        }
        history.persist(event);
        List<Strike> dismissed = strikes.dismissAllOf(action, caller.username(), reason);
        history.flush();
        timeline.record(action.caseId(), "enforcement", caller.username(), EnforcementService.describe(action)
                + (kind == EnforcementEventKind.APPEAL_OVERTURNED ? " overturned on appeal" : " reversed")
                + (dismissed.isEmpty() ? "" : "; " + dismissed.size() + " strike(s) dismissed") + ": " + reason);
        var record = audit.about("enforcement.reverse", action).givenReason(kind == EnforcementEventKind.APPEAL_OVERTURNED
                ? "appeal-overturned" : "reversed", reason).change("status", before.name(), action.status().name());
        dismissed.forEach(s -> record.change("strike", s.id().toString(), StrikeStatus.DISMISSED.name()));
        record.record();
        return action;
    }

    private void checkVersion(String verb, EnforcementAction action, OptionalLong ifMatch) {
        try {
            action.requireVersion(ifMatch);
        } catch (PreconditionFailedException stale) {
            throw audit.refused(verb, action, stale);
        }
    }
}
