package io.vigil.sop.experiment;

import io.vigil.kit.problem.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An A/B experiment: a share of tickets walks a candidate version instead of the one in effect. */
@Entity
@Table(name = "sop_experiment")
public class Experiment {

    @Id
    private UUID id;
    @Column(name = "sop_id")
    private UUID sopId;
    private String name;
    private int candidate;
    @Column(name = "candidate_share")
    private double candidateShare;
    @Enumerated(EnumType.STRING)
    private ExperimentStatus status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "stopped_at")
    private Instant stoppedAt;
    @Version
    private long version;

    protected Experiment() {
    }

    public static Experiment start(UUID id, UUID sopId, String name, int candidate, double share, String by,
            Instant now) {
        Experiment e = new Experiment();
        e.id = id;
        e.sopId = sopId;
        e.name = name;
        e.candidate = candidate;
        e.candidateShare = share;
        e.status = ExperimentStatus.ACTIVE;
        e.createdBy = by;
        e.createdAt = now;
        return e;
    }

    public void stop(Instant now) {
        if (status != ExperimentStatus.ACTIVE) {
            throw new ConflictException("experiment-stopped", "Experiment " + id + " is already stopped",
                    Map.of("status", status));
        }
        status = ExperimentStatus.STOPPED;
        stoppedAt = now;
    }

    /** The arm of a ticket; a stopped experiment sends everyone to the version in effect. */
    public Arm armOf(String ticketId) {
        return status == ExperimentStatus.ACTIVE ? ExperimentSplit.arm(id, ticketId, candidateShare) : Arm.CONTROL;
    }

    public UUID id() {
        return id;
    }

    public UUID sopId() {
        return sopId;
    }

    public String name() {
        return name;
    }

    public int candidate() {
        return candidate;
    }

    public double candidateShare() {
        return candidateShare;
    }

    public ExperimentStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public long version() {
        return version;
    }
}
