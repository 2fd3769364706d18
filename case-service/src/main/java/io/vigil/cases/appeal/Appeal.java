package io.vigil.cases.appeal;

import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An appeal against an enforcement action (the DSA's internal complaint): the recipient's statement, the case that
 * reviews it and, once decided, the outcome, who decided and why.
 */
@Entity
@Table(name = "enforcement_appeal")
public class Appeal {

    @Id
    private UUID id;
    @Column(name = "action_id")
    private UUID actionId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "appealed_case_id")
    private UUID appealedCaseId;
    private String region;
    private String statement;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    @Enumerated(EnumType.STRING)
    private AppealOutcome outcome;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Version
    private long version;

    protected Appeal() {
    }

    public Appeal(UUID id, UUID actionId, UUID caseId, UUID appealedCaseId, String region, String statement,
            String filedBy, Instant filedAt) {
        this.id = id;
        this.actionId = actionId;
        this.caseId = caseId;
        this.appealedCaseId = appealedCaseId;
        this.region = region;
        this.statement = statement;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.status = AppealStatus.OPEN;
    }

    /** Records the outcome; an appeal is decided once. */
    public void decide(AppealOutcome outcome, String by, String reason, Instant now) {
        if (status == AppealStatus.DECIDED) {
            throw new ConflictException("appeal-decided", "This appeal was already decided (" + this.outcome + ") by "
                    + decidedBy, Map.of("outcome", this.outcome.toString()));
        }
        this.status = AppealStatus.DECIDED;
        this.outcome = outcome;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = reason;
    }

    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Appeal " + id, expected.getAsLong(), version);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID actionId() {
        return actionId;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID appealedCaseId() {
        return appealedCaseId;
    }

    public String region() {
        return region;
    }

    public String statement() {
        return statement;
    }

    public AppealStatus status() {
        return status;
    }

    public Optional<AppealOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
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

    public long version() {
        return version;
    }
}
