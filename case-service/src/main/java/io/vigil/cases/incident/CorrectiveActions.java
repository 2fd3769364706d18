package io.vigil.cases.incident;

import io.vigil.kit.problem.ActionForbiddenException;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Working corrective actions: leads move any action (and alone may waive one); an action's owner may move their own
 * through OPEN, IN_PROGRESS and DONE.
 */
@ApplicationScoped
public class CorrectiveActions {

    private final IncidentService reads;
    private final CorrectiveActionRepository actions;
    private final IncidentTimeline timeline;
    private final IncidentAudit audit;
    private final Clock clock;

    CorrectiveActions(IncidentService reads, CorrectiveActionRepository actions, IncidentTimeline timeline,
            IncidentAudit audit, Clock clock) {
        this.reads = reads;
        this.actions = actions;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CorrectiveAction> of(UUID incidentId, Caller caller) {
        reads.get(incidentId, caller);
        return actions.of(incidentId);
    }

    @Transactional
    public CorrectiveAction changeStatus(UUID incidentId, UUID actionId, CorrectiveActionStatus to, String reason,
            OptionalLong ifMatch, Caller caller) {
        String verb = "incident.action-status";
        Incident incident = reads.getFor(verb, incidentId, caller);
        CorrectiveAction action = actions.findOf(incidentId, actionId).orElseThrow(() -> {
            audit.denied(verb, incidentId, incident.auditRegion(), "not-found", "no corrective action " + actionId);
            return new ResourceNotFoundException("Corrective action", actionId);
        });
        CorrectiveActionStatus from = action.status();
        audit.check(verb, incident, () -> {
            incident.requireNotClosed();
            permit(action, to, caller);
            action.requireVersion(ifMatch);
            action.changeStatus(to, reason, caller.username(), clock.instant());
        });
        actions.flush();
        timeline.record(incidentId, "corrective-action", caller.username(), "Corrective action \"" + action.title()
                + "\" " + from + " → " + to + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
        audit.about(verb, incident).givenReason(to.name().toLowerCase(), reason)
                .change("correctiveAction." + actionId, from.name(), to.name()).record();
        return action;
    }

    private static void permit(CorrectiveAction action, CorrectiveActionStatus to, Caller caller) {
        if (caller.hasRole(Roles.LEAD)) {
            return;
        }
        if (to == CorrectiveActionStatus.WAIVED) {
            throw new ActionForbiddenException("waiver-forbidden", "Only leads record waivers");
        }
        if (!action.owner().equals(caller.username())) {
            throw new ActionForbiddenException("not-action-owner", "Only the action's owner or a lead moves it");
        }
    }
}
