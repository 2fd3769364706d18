package io.vigil.cases.enforcement;

import io.vigil.cases.Case;
import io.vigil.cases.CaseSource;
import io.vigil.cases.enforcement.StatementOfReasons.Automation;
import io.vigil.cases.enforcement.StatementOfReasons.Facts;
import io.vigil.cases.enforcement.StatementOfReasons.Ground;
import io.vigil.cases.enforcement.StatementOfReasons.InternalComplaint;
import io.vigil.cases.enforcement.StatementOfReasons.Option;
import io.vigil.cases.enforcement.StatementOfReasons.Redress;
import io.vigil.cases.enforcement.StatementOfReasons.Restriction;
import io.vigil.cases.enforcement.StatementOfReasons.Sop;
import io.vigil.cases.enforcement.StatementOfReasons.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes an action's statement of reasons from what was recorded when it was taken: the restriction and its DSA
 * categories, the facts, the use of automation, the ground (kept with the action) and the redress routes.
 */
@ApplicationScoped
public class StatementOfReasonsWriter {

    private final EnforcementConfig config;
    private final Clock clock;

    StatementOfReasonsWriter(EnforcementConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public StatementOfReasons write(EnforcementAction action, Case kase) {
        return write(action, kase, config.appealWindow(), config.redress().outOfCourt(), config.redress().judicial(),
                clock.instant());
    }

    static StatementOfReasons write(EnforcementAction action, Case kase, Duration appealWindow, String outOfCourt,
            String judicial, Instant now) {
        Instant issued = action.activatedAt() != null ? action.activatedAt() : action.requestedAt();
        return new StatementOfReasons(action.id().toString(), action.id(), kase.ref(), action.status(), issued,
                restriction(action), facts(action, kase),
                new Automation(action.automatedDetection(), action.automatedDecision().dsaValue()),
                ground(action), redress(action, appealWindow, outOfCourt, judicial, now));
    }

    private static Restriction restriction(EnforcementAction a) {
        DsaRestriction dsa = DsaRestriction.of(a.type());
        Instant end = a.expiresAt().orElse(null);
        return new Restriction(a.type(), dsa.description(), dsa.visibility(), null, dsa.monetary(),
                dsa.monetaryOther(), dsa.provision(), dsa.account(),
                a.subjects().stream().map(s -> new SubjectRef(s.type().toString(), s.ref())).toList(),
                a.territorialScope(), a.status() == EnforcementStatus.PENDING_APPROVAL ? null : a.inForceFrom(),
                dsa.visibility() == null ? null : end, dsa.monetary() == null ? null : end,
                dsa.provision() == null ? null : end, dsa.account() == null ? null : end);
    }

    private static Facts facts(EnforcementAction a, Case kase) {
        Sop sop = a.sopKey().map(key -> new Sop(key, a.sopVersion().orElse(null), a.decisionPath())).orElse(null);
        return new Facts(a.rationale(), sourceType(kase.source()), a.reason().dsaCategory(), sop);
    }

    /** How the matter came to the platform, in the Transparency Database's terms (art. 17(3)(b)). */
    static String sourceType(CaseSource source) {
        return switch (source) {
            case USER_REPORT -> "SOURCE_ARTICLE_16";
            case REGULATOR -> "SOURCE_TYPE_OTHER_NOTIFICATION";
            case DETECTION, ESCALATION, APPEAL -> "SOURCE_VOLUNTARY";
        };
    }

    private static Ground ground(EnforcementAction a) {
        ReasonSnapshot r = a.reason();
        boolean illegal = r.groundType() == GroundType.ILLEGAL_CONTENT;
        return new Ground(r.groundType().dsaValue(), a.reasonCode(), r.policy(), r.groundUrl(),
                illegal ? r.ground() : null, illegal ? r.groundExplanation() : null,
                illegal ? null : r.ground(), illegal ? null : r.groundExplanation());
    }

    private static Redress redress(EnforcementAction a, Duration window, String outOfCourt, String judicial,
            Instant now) {
        Instant deadline = a.appealable() ? a.inForceFrom().plus(window) : null;
        boolean open = deadline != null && now.isBefore(deadline);
        InternalComplaint internal = new InternalComplaint(open, complaintText(a, open),
                open ? "/api/enforcements/" + a.id() + "/appeals" : null, deadline);
        return new Redress(internal, new Option(true, outOfCourt), new Option(true, judicial));
    }

    private static String complaintText(EnforcementAction a, boolean open) {
        if (open) {
            return "You may appeal this decision free of charge through our internal complaint-handling system until"
                    + " the deadline; someone other than the people who took the decision reviews it.";
        }
        return switch (a.status()) {
            case PENDING_APPROVAL -> "The decision is not in force yet; once it is, it can be appealed.";
            case REJECTED, REVERSED -> "The decision is not in force; there is nothing left to appeal.";
            case ACTIVE, EXPIRED -> "The period for appealing this decision through the internal complaint-handling"
                    + " system has ended.";
        };
    }

    /** The DSA categories of restriction an action type imposes (art. 17(1) (a) to (d)). */
    record DsaRestriction(String description, List<String> visibility, String monetary, String monetaryOther,
            String provision, String account) {

        static DsaRestriction of(EnforcementType type) {
            return switch (type) {
                case WARN -> new DsaRestriction("A warning; no restriction is imposed", null, null, null, null, null);
                case REMOVE_CONTENT -> visibility("The content is removed", "DECISION_VISIBILITY_CONTENT_REMOVED");
                case LIMIT_VISIBILITY -> visibility("The content is demoted in search and recommendations",
                        "DECISION_VISIBILITY_CONTENT_DEMOTED");
                case DELIST -> visibility("The listing is taken off sale and no longer shown",
                        "DECISION_VISIBILITY_CONTENT_DISABLED");
                case END_LIVE -> visibility("The LIVE session is ended", "DECISION_VISIBILITY_CONTENT_DISABLED");
                case RESTRICT -> new DsaRestriction("Some features of the service are suspended for the account",
                        null, null, null, "DECISION_PROVISION_PARTIAL_SUSPENSION", null);
                case SUSPEND -> account("The account is suspended", "DECISION_ACCOUNT_SUSPENDED");
                case BAN -> account("The account is terminated", "DECISION_ACCOUNT_TERMINATED");
                case HOLD_PAYOUT -> monetary("Payouts to the account are suspended", "DECISION_MONETARY_SUSPENSION",
                        null);
                case DEMONETIZE -> monetary("Monetisation of the account is ended", "DECISION_MONETARY_TERMINATION",
                        null);
                case REFUND -> monetary("The order amount is refunded to the buyer at the seller's expense",
                        "DECISION_MONETARY_OTHER", "Refund of the order amount to the buyer charged to the seller");
            };
        }

        private static DsaRestriction visibility(String description, String value) {
            return new DsaRestriction(description, List.of(value), null, null, null, null);
        }

        private static DsaRestriction account(String description, String value) {
            return new DsaRestriction(description, null, null, null, null, value);
        }

        private static DsaRestriction monetary(String description, String value, String other) {
            return new DsaRestriction(description, null, value, other, null, null);
        }
    }
}
