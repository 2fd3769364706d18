package io.vigil.cases.incident;

import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A follow-up an RCA commits to, tracked between RCA versions: its owner works it through to DONE, or a lead
 * records a waiver. An incident does not close while one is open.
 */
@Entity
@Table(name = "incident_corrective_action")
public class CorrectiveAction {

    @Id
    private UUID id;
    @Column(name = "incident_id")
    private UUID incidentId;
    private String title;
    private String owner;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private CorrectiveActionStatus status;
    @Column(name = "waived_by")
    private String waivedBy;
    @Column(name = "waiver_reason")
    private String waiverReason;
    @Column(name = "waived_at")
    private Instant waivedAt;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected CorrectiveAction() {
    }

    public CorrectiveAction(UUID id, UUID incidentId, String title, String owner, LocalDate dueDate, Instant now) {
        this.id = id;
        this.incidentId = incidentId;
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
        this.status = CorrectiveActionStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new RCA version may reword an action, hand it to someone else or move its due date. */
    public boolean revise(String newTitle, String newOwner, LocalDate newDueDate, Instant now) {
        boolean changed = !title.equals(newTitle) || !owner.equals(newOwner) || !dueDate.equals(newDueDate);
        if (changed) {
            title = newTitle;
            owner = newOwner;
            dueDate = newDueDate;
            updatedAt = now;
        }
        return changed;
    }

    /** Moves the action on; WAIVED needs a reason, which is recorded with who waived it and when. */
    public CorrectiveActionStatus changeStatus(CorrectiveActionStatus to, String reason, String by, Instant now) {
        if (!status.next().contains(to)) {
            throw new ConflictException("illegal-action-transition", "A corrective action in " + status
                    + " cannot move to " + to, Map.of("from", status.name(), "allowed",
                            status.next().stream().map(Enum::name).sorted().toList()));
        }
        if (to == CorrectiveActionStatus.WAIVED && (reason == null || reason.isBlank())) {
            throw new InvalidRequestException("reason", "a waiver needs a reason");
        }
        CorrectiveActionStatus from = status;
        status = to;
        waivedBy = to == CorrectiveActionStatus.WAIVED ? by : null;
        waiverReason = to == CorrectiveActionStatus.WAIVED ? reason.trim() : null;
        waivedAt = to == CorrectiveActionStatus.WAIVED ? now : null;
        doneBy = to == CorrectiveActionStatus.DONE ? by : null;
        doneAt = to == CorrectiveActionStatus.DONE ? now : null;
        updatedAt = now;
        return from;
    }

    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Corrective action " + id, expected.getAsLong(), version);
        }
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public UUID id() {
        return id;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public CorrectiveActionStatus status() {
        return status;
    }

    public Optional<Waiver> waiver() {
        return waivedBy == null ? Optional.empty() : Optional.of(new Waiver(waivedBy, waiverReason, waivedAt));
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
