package io.vigil.cases.enforcement;

import io.vigil.cases.Case;
import io.vigil.cases.CaseService;
import io.vigil.cases.CaseStatus;
import io.vigil.cases.Move;
import io.vigil.cases.Subject;
import io.vigil.cases.group.AccountGroup;
import io.vigil.cases.group.AccountGroupNotFoundException;
import io.vigil.cases.group.AccountGroupService;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Requesting an enforcement action on a case: checks the reason, resolves the subjects (an account group's members
 * included), applies the four-eyes rule and, for an action that needs no second person, puts it in force at once.
 */
@ApplicationScoped
public class EnforcementService {

    static final int MAX_SUBJECTS = 1000;
    static final Duration LONGEST_BACKDATING = Duration.ofHours(24);
    static final Duration LONGEST_LEAD_TIME = Duration.ofDays(90);

    private final EnforcementRepository actions;
    private final EnforcementHistory history;
    private final EnforcementAudit audit;
    private final EnforcementPolicies policies;
    private final ReasonCodeService reasons;
    private final StrikeService strikes;
    private final CaseService cases;
    private final AccountGroupService groups;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    EnforcementService(EnforcementRepository actions, EnforcementHistory history, EnforcementAudit audit,
            EnforcementPolicies policies, ReasonCodeService reasons, StrikeService strikes, CaseService cases,
            AccountGroupService groups, Timeline timeline, IdGenerator ids, Clock clock) {
        this.actions = actions;
        this.history = history;
        this.audit = audit;
        this.policies = policies;
        this.reasons = reasons;
        this.strikes = strikes;
        this.cases = cases;
        this.groups = groups;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public EnforcementAction request(UUID caseId, EnforcementOrder order, Caller caller) {
        Case kase = cases.getFor("enforcement.request", caseId, caller);
        if (kase.status() == CaseStatus.RESOLVED || kase.status() == CaseStatus.CLOSED) {
            audit.denied("enforcement.request", "case", caseId, kase.region(), "case-not-open", kase.status().name());
            throw new ConflictException("case-not-open", "Case " + kase.ref() + " is " + kase.status()
                    + "; reopen it to take another action", Map.of("status", kase.status().name()));
        }
        Instant now = clock.instant();
        ReasonCode reason = checkedReason(order, kase);
        checkTiming(order, now);
        List<Subject> subjects = resolveSubjects(order, kase, caller);
        List<String> scope = order.territorialScope().isEmpty() ? TerritorialScope.defaultFor(kase.region())
                : order.territorialScope();
        boolean approval = policies.fourEyes().requiresApproval(order.type(), subjects.size());
        Move move = new Move(ids.next(), caller.username(), order.rationale(), now);
        EnforcementAction action = EnforcementAction.request(ids.next(), kase.id(), kase.region(), order, subjects,
                scope, reason.snapshot(), approval, move);
        actions.persist(action);
        history.persist(action.requested(move));
        List<Strike> issued = strikes.issue(action);
        actions.flush();
        timeline.record(kase.id(), "enforcement", caller.username(), describe(action) + (approval
                ? " requested; waits for a lead's approval" : " in force" + strikeNote(issued)));
        var event = audit.about("enforcement.request", action).givenReason(action.reasonCode(), action.rationale())
                .change("status", null, action.status().name()).change("type", null, action.type().toString());
        issued.forEach(s -> event.change("strike", null, s.id().toString()));
        event.record();
        return action;
    }

    static String describe(EnforcementAction action) {
        int n = action.subjects().size();
        return capitalised(action.type().toString()) + " on " + (n == 1 ? action.subjects().get(0).type() + " "
                + action.subjects().get(0).ref() : n + " subjects") + " (" + action.reasonCode() + ")";
    }

    static String strikeNote(List<Strike> issued) {
        return issued.isEmpty() ? "" : "; " + issued.size() + (issued.size() == 1 ? " strike" : " strikes")
                + " issued";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private ReasonCode checkedReason(EnforcementOrder order, Case kase) {
        ReasonCode reason = reasons.find(order.reasonCode()).orElseThrow(() ->
                new InvalidRequestException("reasonCode", "'" + order.reasonCode() + "' is not in the catalogue"));
        if (!reason.active()) {
            throw new InvalidRequestException("reasonCode", order.reasonCode() + " is retired");
        }
        if (!reason.appliesTo(kase.domain())) {
            throw new InvalidRequestException("reasonCode", order.reasonCode() + " belongs to another domain than "
                    + kase.domain());
        }
        return reason;
    }

    private void checkTiming(EnforcementOrder order, Instant now) {
        order.effectiveFrom().ifPresent(from -> {
            if (from.isBefore(now.minus(LONGEST_BACKDATING)) || from.isAfter(now.plus(LONGEST_LEAD_TIME))) {
                throw new InvalidRequestException("effectiveFrom", "must lie between 24 hours ago and 90 days ahead");
            }
        });
        order.duration().ifPresent(duration -> {
            if (!order.type().mayHaveDuration()) {
                throw new InvalidRequestException("duration", "'" + order.type() + "' actions have no duration"
                        + (order.type() == EnforcementType.BAN ? "; a temporary ban is a suspend" : ""));
            }
            if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(3650)) > 0) {
                throw new InvalidRequestException("duration", "must be positive and at most ten years");
            }
        });
    }

    /** The named subjects and the group's members, each once, in that order. */
    private List<Subject> resolveSubjects(EnforcementOrder order, Case kase, Caller caller) {
        Map<String, Subject> all = new LinkedHashMap<>();
        order.subjects().forEach(s -> all.putIfAbsent(s.type() + "|" + s.ref(), s));
        if (order.accountGroupId().isPresent()) {
            AccountGroup group = visibleGroup(order.accountGroupId().get(), kase, caller);
            group.members().forEach(s -> all.putIfAbsent(s.type() + "|" + s.ref(), s));
        }
        if (all.isEmpty()) {
            throw new InvalidRequestException("subjects", "name at least one subject, or an account group with members");
        }
        if (all.size() > MAX_SUBJECTS) {
            throw new InvalidRequestException("subjects", "at most " + MAX_SUBJECTS + " subjects per action");
        }
        return new ArrayList<>(all.values());
    }

    private AccountGroup visibleGroup(UUID groupId, Case kase, Caller caller) {
        AccountGroup group;
        try {
            group = groups.get(groupId, caller);
        } catch (AccountGroupNotFoundException unseen) {
            audit.denied("enforcement.request", "account-group", groupId, kase.region(), "not-found",
                    "no such account group in the caller's regions");
            throw unseen;
        }
        if (!group.region().equals(kase.region())) {
            throw new InvalidRequestException("accountGroupId", "the group is in region " + group.region()
                    + ", the case in " + kase.region());
        }
        return group;
    }
}
