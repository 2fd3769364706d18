package io.vigil.cases.enforcement;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.CaseService;
import io.vigil.cases.Move;
import io.vigil.cases.Subject;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ActionForbiddenException;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.PreconditionFailedException;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Strikes: issued when a weighted action comes into force, counted per subject within the caller's regions,
 * dismissed by a lead (a wrongly issued strike) or with the action that left them (reversal).
 */
@ApplicationScoped
public class StrikeService {

    private final StrikeRepository strikes;
    private final EnforcementRepository actions;
    private final EnforcementHistory history;
    private final EnforcementPolicies policies;
    private final CaseService cases;
    private final AuditLog audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    StrikeService(StrikeRepository strikes, EnforcementRepository actions, EnforcementHistory history,
            EnforcementPolicies policies, CaseService cases, AuditLog audit, Timeline timeline, IdGenerator ids,
            Clock clock) {
        this.strikes = strikes;
        this.actions = actions;
        this.history = history;
        this.policies = policies;
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    /** One strike per subject of an action now in force, when its reason carries a weight. */
    List<Strike> issue(EnforcementAction action) {
        int weight = action.reason().strikeWeight();
        if (action.status() != EnforcementStatus.ACTIVE || weight == 0) {
            return List.of();
        }
        Instant from = action.inForceFrom();
        Instant until = from.plus(policies.strikeExpiry(action.reason().policy()));
        List<Strike> issued = action.subjects().stream().map(subject -> new Strike(ids.next(), action.id(), subject,
                action.region(), action.reason().policy(), weight, from, until)).toList();
        strikes.persist(issued);
        return issued;
    }

    /** Dismisses the strikes an action left that are not dismissed yet; returns them. */
    List<Strike> dismissAllOf(EnforcementAction action, String by, String reason) {
        Instant now = clock.instant();
        List<Strike> open = strikes.ofAction(action.id()).stream().filter(s -> s.status() == StrikeStatus.ACTIVE)
                .toList();
        open.forEach(s -> s.dismiss(by, reason, now));
        return open;
    }

    /** A lead finds a strike wrongly issued and dismisses it; the action itself stays as it is. */
    @Transactional
    public Strike dismiss(UUID id, String reason, OptionalLong ifMatch, Caller caller) {
        Strike strike = strikes.findVisible(id, caller.regions()).orElseThrow(() -> {
            denied(id, null, "not-found", "no such strike in the caller's regions");
            return new ResourceNotFoundException("Strike", id);
        });
        if (!caller.hasRole(Roles.LEAD)) {
            denied(id, strike.region(), "lead-required", "only leads dismiss strikes");
            throw new ActionForbiddenException("lead-required", "Only a lead may dismiss a strike");
        }
        try {
            strike.requireVersion(ifMatch);
            strike.dismiss(caller.username(), reason, clock.instant());
        } catch (ConflictException | PreconditionFailedException refused) {
            denied(id, strike.region(), refused.slug(), refused.getMessage());
            throw refused;
        }
        strikes.flush();
        EnforcementAction action = actions.findById(strike.actionId());
        history.persist(action.note(EnforcementEventKind.STRIKE_DISMISSED, new Move(ids.next(), caller.username(),
                reason, clock.instant())));
        timeline.record(action.caseId(), "strike", caller.username(), "Strike on " + strike.subject().type() + " "
                + strike.subject().ref() + " dismissed: " + reason);
        audit.event("strike.dismiss").target("strike", id.toString(), strike.version()).region(strike.region())
                .subject(strike.subject().ref(), strike.subject().type().toString())
                .givenReason("dismissed", reason).change("status", StrikeStatus.ACTIVE.name(), strike.status().name())
                .record();
        return strike;
    }

    public Strike get(UUID id, Caller caller) {
        return strikes.findVisible(id, caller.regions()).orElseThrow(() -> new ResourceNotFoundException("Strike", id));
    }

    /** A subject's strikes in the caller's regions and what its next violation warrants. */
    public SubjectStrikes of(Subject subject, Caller caller) {
        List<Strike> found = caller.regions().isEmpty() ? List.of() : strikes.ofSubject(subject, caller.regions());
        return SubjectStrikes.of(subject, found, policies.ladder(), clock.instant());
    }

    /** The strike record of each subject of a case the caller can see. */
    public List<SubjectStrikes> ofCase(UUID caseId, Caller caller) {
        return cases.get(caseId, caller).subjects().stream().map(subject -> of(subject, caller)).toList();
    }

    private void denied(UUID id, String region, String code, String text) {
        audit.event("strike.dismiss").denied(code).target("strike", id.toString(), null).region(region)
                .reason(code, text).recordSeparately();
    }
}
