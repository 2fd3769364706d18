package io.vigil.cases.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A piece of work on a case, typed in by an investigator or generated from an SOP step; done or still open. */
@Entity
@Table(name = "case_task")
public class Task {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    private String title;
    @Column(name = "sop_key")
    private String sopKey;
    @Column(name = "sop_version")
    private Integer sopVersion;
    @Column(name = "sop_step")
    private Integer sopStep;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Version
    private long version;

    protected Task() {
    }

    public Task(UUID id, UUID caseId, String title, SopStep origin, String by, Instant at) {
        this.id = id;
        this.caseId = caseId;
        this.title = title;
        if (origin != null) {
            this.sopKey = origin.key();
            this.sopVersion = origin.version();
            this.sopStep = origin.step();
        }
        this.status = TaskStatus.OPEN;
        this.createdBy = by;
        this.createdAt = at;
    }

    public void complete(String by, Instant at) {
        if (status == TaskStatus.DONE) {
            throw new TaskStateException(status);
        }
        status = TaskStatus.DONE;
        completedBy = by;
        completedAt = at;
    }

    public void reopen() {
        if (status == TaskStatus.OPEN) {
            throw new TaskStateException(status);
        }
        status = TaskStatus.OPEN;
        completedBy = null;
        completedAt = null;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String title() {
        return title;
    }

    public Optional<SopStep> origin() {
        return sopKey == null ? Optional.empty() : Optional.of(new SopStep(sopKey, sopVersion, sopStep));
    }

    public TaskStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String completedBy() {
        return completedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }
}
