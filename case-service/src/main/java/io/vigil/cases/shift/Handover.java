package io.vigil.cases.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A handover note: what someone going off shift tells the next shift about a region or one of its queues. Notes are
 * immutable; a correction is a newer note, so the next shift reads the history as it was written.
 */
@Entity
@Table(name = "shift_handover")
public class Handover {

    static final int MAX_BODY = 4000;

    @Id
    private UUID id;
    private String region;
    @Column(name = "queue_id")
    private UUID queueId;
    private String author;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Handover() {
    }

    Handover(UUID id, String region, UUID queueId, String author, String body, Instant createdAt) {
        this.id = id;
        this.region = region;
        this.queueId = queueId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String region() {
        return region;
    }

    public UUID queueId() {
        return queueId;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
