package io.vigil.cases.queue;

import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/** A queue investigators claim cases from, serving one region and optionally a domain and a skill. */
@Entity
@Table(name = "work_queue")
public class WorkQueue {

    @Id
    private UUID id;
    private String name;
    private String domain;
    private String region;
    private String skill;
    @Enumerated(EnumType.STRING)
    private QueueKind kind;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected WorkQueue() {
    }

    public WorkQueue(UUID id, QueueSpec spec, Instant now) {
        this.id = id;
        this.createdAt = now;
        change(spec);
    }

    void change(QueueSpec spec) {
        this.name = spec.name();
        this.domain = spec.domain();
        this.region = spec.region();
        this.skill = spec.skill();
        this.kind = spec.kind();
    }

    void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Queue " + id, expected.getAsLong(), version);
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String domain() {
        return domain;
    }

    public String region() {
        return region;
    }

    public String skill() {
        return skill;
    }

    public QueueKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
