package io.vigil.cases.appeal;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.CaseStatus;
import io.vigil.cases.CaseWorkflow;
import io.vigil.cases.Move;
import io.vigil.cases.enforcement.EnforcementAction;
import io.vigil.cases.enforcement.EnforcementDecisions;
import io.vigil.cases.enforcement.EnforcementEventKind;
import io.vigil.cases.enforcement.EnforcementHistory;
import io.vigil.cases.enforcement.EnforcementRepository;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ActionForbiddenException;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.PreconditionFailedException;
import io.vigil.kit.problem.ProblemException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Deciding an appeal: by someone who neither requested nor approved the action (so nobody judges their own
 * decision). Overturned reverses the action and dismisses its strikes; upheld keeps it. Either way the appeal case
 * is resolved through the case state machine.
 */
@ApplicationScoped
public class AppealDecisions {

    private final AppealRepository appeals;
    private final EnforcementRepository actions;
    private final EnforcementDecisions enforcement;
    private final EnforcementHistory history;
    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final AppealMetrics metrics;
    private final AuditLog audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    AppealDecisions(AppealRepository appeals, EnforcementRepository actions, EnforcementDecisions enforcement,
            EnforcementHistory history, CaseRepository cases, CaseWorkflow workflow, AppealMetrics metrics,
            AuditLog audit, Timeline timeline, IdGenerator ids, Clock clock) {
        this.appeals = appeals;
        this.actions = actions;
        this.enforcement = enforcement;
        this.history = history;
        this.cases = cases;
        this.workflow = workflow;
        this.metrics = metrics;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Appeal decide(UUID id, AppealOutcome outcome, String reason, OptionalLong ifMatch, Caller caller) {
        Appeal appeal = appeals.findVisible(id, caller.regions(), true).orElseThrow(() -> {
            denied(id, null, "not-found", "no such appeal in the caller's regions");
            return new AppealNotFoundException(id);
        });
        EnforcementAction action = actions.findById(appeal.actionId());
        if (action.decidedBy(caller.username())) {
            throw refused(appeal, new ActionForbiddenException("appeal-decider-conflict", caller.username()
                    + " requested or approved the action under appeal; someone else must decide the appeal"));
        }
        try {
            appeal.requireVersion(ifMatch);
            appeal.decide(outcome, caller.username(), reason, clock.instant());
        } catch (PreconditionFailedException | ConflictException refusal) {
            throw refused(appeal, refusal);
        }
        appeals.flush();
        if (outcome == AppealOutcome.OVERTURNED) {
            enforcement.reverseOnAppeal(action.id(), reason, caller);
        } else {
            history.persist(action.note(EnforcementEventKind.APPEAL_UPHELD, new Move(ids.next(), caller.username(),
                    reason, clock.instant())));
        }
        resolveReviewCase(appeal, outcome, reason, caller);
        timeline.record(appeal.appealedCaseId(), "appeal", caller.username(), "Appeal against " + action.type()
                + " " + outcome + ": " + reason);
        var event = audit.event("appeal.decide").target("appeal", id.toString(), appeal.version())
                .region(appeal.region()).givenReason(outcome.toString(), reason)
                .change("status", AppealStatus.OPEN.name(), appeal.status().name())
                .change("outcome", null, outcome.toString());
        action.subjects().forEach(s -> event.subject(s.ref(), s.type().toString()));
        event.record();
        metrics.decided(outcome);
        return appeal;
    }

    private void resolveReviewCase(Appeal appeal, AppealOutcome outcome, String reason, Caller caller) {
        CaseStatus status = cases.findById(appeal.caseId()).status();
        for (CaseStatus step : ResolutionPath.from(status)) {
            workflow.transition(appeal.caseId(), step, "Appeal " + outcome + ": " + reason, OptionalLong.empty(),
                    caller);
        }
    }

    private <E extends ProblemException> E refused(Appeal appeal, E problem) {
        denied(appeal.id(), appeal.region(), problem.slug(), problem.getMessage());
        return problem;
    }

    private void denied(UUID id, String region, String code, String text) {
        audit.event("appeal.decide").denied(code).target("appeal", id.toString(), null).region(region)
                .reason(code, text).recordSeparately();
    }
}
