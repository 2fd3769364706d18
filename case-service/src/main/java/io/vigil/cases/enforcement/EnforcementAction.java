package io.vigil.cases.enforcement;

import io.vigil.cases.Move;
import io.vigil.cases.Subject;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * An enforcement action taken on a case's behalf against one or more subjects. It carries the reason it was taken
 * under (a snapshot of the reason code), the SOP path that justified it and its DSA facts; its status moves only
 * through {@link EnforcementStateMachine}, and every move returns the history entry it makes.
 */
@Entity
@Table(name = "enforcement_action")
public class EnforcementAction {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    private String region;
    @Enumerated(EnumType.STRING)
    private EnforcementType type;
    @Enumerated(EnumType.STRING)
    private EnforcementStatus status;
    @Column(name = "reason_code")
    private String reasonCode;
    @Embedded
    private ReasonSnapshot reason;
    @Column(name = "account_group_id")
    private UUID accountGroupId;
    @Column(name = "sop_key")
    private String sopKey;
    @Column(name = "sop_version")
    private Integer sopVersion;
    @Column(name = "decision_path")
    @Convert(converter = TokenList.class)
    private List<String> decisionPath = new ArrayList<>();
    private String rationale;
    @Column(name = "territorial_scope")
    @Convert(converter = TokenList.class)
    private List<String> territorialScope = new ArrayList<>();
    @Column(name = "automated_detection")
    private boolean automatedDetection;
    @Enumerated(EnumType.STRING)
    @Column(name = "automated_decision")
    private AutomatedDecision automatedDecision;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "duration_seconds")
    private Long durationSeconds;
    @Column(name = "approval_required")
    private boolean approvalRequired;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "reversed_by")
    private String reversedBy;
    @Column(name = "reversed_at")
    private Instant reversedAt;
    @Column(name = "reversal_reason")
    private String reversalReason;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enforcement_subject", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Subject> subjects = new ArrayList<>();

    protected EnforcementAction() {
    }

    /**
     * Records a request; an action that needs no second person is in force at once (the history entry then says
     * so), otherwise it waits as PENDING_APPROVAL. {@code subjects} are the resolved targets, group members included.
     */
    public static EnforcementAction request(UUID id, UUID caseId, String region, EnforcementOrder order,
            List<Subject> subjects, List<String> territorialScope, ReasonSnapshot reason, boolean approvalRequired,
            Move move) {
        EnforcementAction action = new EnforcementAction();
        action.id = id;
        action.caseId = caseId;
        action.region = region;
        action.type = order.type();
        action.reasonCode = order.reasonCode();
        action.reason = reason;
        action.accountGroupId = order.accountGroupId().orElse(null);
        order.sop().ifPresent(sop -> {
            action.sopKey = sop.key();
            action.sopVersion = sop.version();
            action.decisionPath = new ArrayList<>(sop.decisionPath());
        });
        action.rationale = order.rationale();
        action.territorialScope = new ArrayList<>(territorialScope);
        action.automatedDetection = order.automatedDetection();
        action.automatedDecision = order.automatedDecision();
        action.effectiveFrom = order.effectiveFrom().orElse(move.at());
        action.durationSeconds = order.duration().map(Duration::toSeconds).orElse(null);
        action.subjects = new ArrayList<>(subjects);
        action.approvalRequired = approvalRequired;
        action.requestedBy = move.actor();
        action.requestedAt = move.at();
        action.status = EnforcementStatus.PENDING_APPROVAL;
        if (!approvalRequired) {
            action.activate(move.at());
        }
        return action;
    }

    /** The history entry of the request itself. */
    public EnforcementEvent requested(Move move) {
        return new EnforcementEvent(move.changeId(), id, EnforcementEventKind.REQUESTED, null, status, move.actor(),
                move.at(), rationale);
    }

    /** A second person (the four-eyes rule is checked by {@link FourEyesPolicy}) puts the action in force. */
    public EnforcementEvent approve(Move move) {
        EnforcementEvent event = moveTo(EnforcementStatus.ACTIVE, EnforcementEventKind.APPROVED, move);
        decide(move);
        activate(move.at());
        return event;
    }

    public EnforcementEvent reject(Move move) {
        EnforcementEvent event = moveTo(EnforcementStatus.REJECTED, EnforcementEventKind.REJECTED, move);
        decide(move);
        return event;
    }

    /** Undoes the action, by a lead's reversal or an overturned appeal ({@code kind} says which). */
    public EnforcementEvent reverse(Move move, EnforcementEventKind kind) {
        EnforcementEvent event = moveTo(EnforcementStatus.REVERSED, kind, move);
        reversedBy = move.actor();
        reversedAt = move.at();
        reversalReason = move.reason();
        return event;
    }

    /** Ends a temporary action whose time is up; does nothing to one still running. */
    public Optional<EnforcementEvent> expireIfDue(Move move) {
        if (status != EnforcementStatus.ACTIVE || expiresAt == null || expiresAt.isAfter(move.at())) {
            return Optional.empty();
        }
        return Optional.of(moveTo(EnforcementStatus.EXPIRED, EnforcementEventKind.EXPIRED, move));
    }

    /** A history entry that changes nothing about the status, such as an appeal filed or a strike dismissed. */
    public EnforcementEvent note(EnforcementEventKind kind, Move move) {
        return new EnforcementEvent(move.changeId(), id, kind, status, status, move.actor(), move.at(),
                move.reason());
    }

    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Enforcement action " + id, expected.getAsLong(), version);
        }
    }

    /** Whether this person requested or approved the action, and so may not judge an appeal against it. */
    public boolean decidedBy(String person) {
        return person != null && (person.equals(requestedBy) || person.equals(decidedBy));
    }

    public boolean appealable() {
        return status == EnforcementStatus.ACTIVE || status == EnforcementStatus.EXPIRED;
    }

    private EnforcementEvent moveTo(EnforcementStatus to, EnforcementEventKind kind, Move move) {
        EnforcementStateMachine.check(status, to);
        EnforcementEvent event = new EnforcementEvent(move.changeId(), id, kind, status, to, move.actor(),
                move.at(), move.reason());
        status = to;
        return event;
    }

    private void decide(Move move) {
        decidedBy = move.actor();
        decidedAt = move.at();
        decisionReason = move.reason();
    }

    /** In force from now; a duration runs from {@link #inForceFrom()}. */
    private void activate(Instant now) {
        status = EnforcementStatus.ACTIVE;
        activatedAt = now;
        expiresAt = durationSeconds == null ? null : inForceFrom().plusSeconds(durationSeconds);
    }

    /**
     * When the restriction applies from: the requested start for an action in force on request (which may record
     * one applied a little earlier), and for an approved one the later of that start and the approval, since it
     * could not apply before a second person agreed.
     */
    public Instant inForceFrom() {
        if (activatedAt == null || !approvalRequired) {
            return effectiveFrom;
        }
        return effectiveFrom.isAfter(activatedAt) ? effectiveFrom : activatedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String region() {
        return region;
    }

    public EnforcementType type() {
        return type;
    }

    public EnforcementStatus status() {
        return status;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public ReasonSnapshot reason() {
        return reason;
    }

    public Optional<UUID> accountGroupId() {
        return Optional.ofNullable(accountGroupId);
    }

    public Optional<String> sopKey() {
        return Optional.ofNullable(sopKey);
    }

    public Optional<Integer> sopVersion() {
        return Optional.ofNullable(sopVersion);
    }

    public List<String> decisionPath() {
        return List.copyOf(decisionPath);
    }

    public String rationale() {
        return rationale;
    }

    public List<String> territorialScope() {
        return List.copyOf(territorialScope);
    }

    public boolean automatedDetection() {
        return automatedDetection;
    }

    public AutomatedDecision automatedDecision() {
        return automatedDecision;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public Optional<Duration> duration() {
        return Optional.ofNullable(durationSeconds).map(Duration::ofSeconds);
    }

    public boolean approvalRequired() {
        return approvalRequired;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public String reversedBy() {
        return reversedBy;
    }

    public Instant reversedAt() {
        return reversedAt;
    }

    public String reversalReason() {
        return reversalReason;
    }

    public long version() {
        return version;
    }

    public List<Subject> subjects() {
        return List.copyOf(subjects);
    }
}
