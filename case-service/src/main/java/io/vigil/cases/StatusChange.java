package io.vigil.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of a case's status history: who moved it where and when, and how long it had spent in the status it
 * left, so time in state and handling time are read from rows rather than reconstructed.
 */
@Entity
@Table(name = "case_status_change")
public class StatusChange {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private CaseStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private CaseStatus to;
    private String reason;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "ms_in_previous")
    private long millisInPrevious;

    protected StatusChange() {
    }

    StatusChange(UUID id, UUID caseId, CaseStatus from, CaseStatus to, String reason, String changedBy,
            Instant changedAt, Duration inPrevious) {
        this.id = id;
        this.caseId = caseId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.millisInPrevious = inPrevious.toMillis();
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Duration timeInPrevious() {
        return Duration.ofMillis(millisInPrevious);
    }
}
