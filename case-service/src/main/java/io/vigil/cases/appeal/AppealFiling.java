package io.vigil.cases.appeal;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.Case;
import io.vigil.cases.CaseService;
import io.vigil.cases.Move;
import io.vigil.cases.enforcement.EnforcementAction;
import io.vigil.cases.enforcement.EnforcementAudit;
import io.vigil.cases.enforcement.EnforcementEventKind;
import io.vigil.cases.enforcement.EnforcementHistory;
import io.vigil.cases.enforcement.EnforcementPolicies;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Filing an appeal against an action in force (or one that has run out) within the appeal window: one open appeal
 * per action, each reviewed in a case of its own. The action row is locked, so two filings are taken in turn.
 */
@ApplicationScoped
public class AppealFiling {

    private final AppealRepository appeals;
    private final AppealCases appealCases;
    private final EnforcementAudit enforcementAudit;
    private final EnforcementHistory history;
    private final EnforcementPolicies policies;
    private final CaseService cases;
    private final AuditLog audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    AppealFiling(AppealRepository appeals, AppealCases appealCases, EnforcementAudit enforcementAudit,
            EnforcementHistory history, EnforcementPolicies policies, CaseService cases, AuditLog audit,
            Timeline timeline, IdGenerator ids, Clock clock) {
        this.appeals = appeals;
        this.appealCases = appealCases;
        this.enforcementAudit = enforcementAudit;
        this.history = history;
        this.policies = policies;
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Appeal file(UUID actionId, String statement, Caller caller) {
        EnforcementAction action = enforcementAudit.visible("appeal.file", actionId, caller, true);
        Instant now = clock.instant();
        if (!action.appealable()) {
            throw enforcementAudit.refused("appeal.file", action, new ConflictException("not-appealable",
                    "The action is " + action.status() + "; only actions in force or expired can be appealed",
                    Map.of("status", action.status().name())));
        }
        if (now.isAfter(action.inForceFrom().plus(policies.appealWindow()))) {
            throw enforcementAudit.refused("appeal.file", action, new ConflictException("appeal-window-closed",
                    "The appeal window of this action closed on " + action.inForceFrom().plus(policies.appealWindow())));
        }
        appeals.openFor(actionId).ifPresent(open -> {
            throw enforcementAudit.refused("appeal.file", action, new ConflictException("appeal-open",
                    "Appeal " + open.id() + " against this action is still open", Map.of("appealId",
                            open.id().toString())));
        });
        Case enforced = cases.get(action.caseId(), caller);
        Case review = appealCases.open(enforced, action, statement, caller);
        Appeal appeal = new Appeal(ids.next(), actionId, review.id(), enforced.id(), action.region(), statement,
                caller.username(), now);
        appeals.persistAndFlush(appeal);
        history.persist(action.note(EnforcementEventKind.APPEALED, new Move(ids.next(), caller.username(),
                "appeal " + appeal.id() + " in case " + review.ref(), now)));
        timeline.record(enforced.id(), "appeal", caller.username(), "Appeal filed against " + action.type() + " ("
                + action.reasonCode() + "); reviewed in " + review.ref());
        var event = audit.event("appeal.file").target("appeal", appeal.id().toString(), appeal.version())
                .region(appeal.region()).givenReason("appeal", statement).change("status", null, appeal.status().name())
                .change("enforcementId", null, actionId.toString()).change("caseId", null, review.id().toString());
        action.subjects().forEach(s -> event.subject(s.ref(), s.type().toString()));
        event.record();
        return appeal;
    }
}
