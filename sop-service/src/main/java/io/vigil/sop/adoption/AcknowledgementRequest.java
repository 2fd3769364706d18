package io.vigil.sop.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A request to acknowledge one published version, addressed to an audience as a whole (no username) or to one
 * member of it, asked from the moment the version takes effect and due some days later.
 */
@Entity
@Table(name = "sop_acknowledgement_request")
public class AcknowledgementRequest {

    @Id
    private UUID id;
    @Column(name = "sop_id")
    private UUID sopId;
    @Column(name = "sop_version")
    private int sopVersion;
    private String audience;
    private String username;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "due_by")
    private Instant dueBy;
    @Column(name = "requested_at")
    private Instant requestedAt;

    protected AcknowledgementRequest() {
    }

    /** {@code username} null addresses everyone in the audience, whoever they are when they look. */
    public static AcknowledgementRequest of(UUID id, Asked asked, String audience, String username) {
        AcknowledgementRequest request = new AcknowledgementRequest();
        request.id = id;
        request.sopId = asked.sopId();
        request.sopVersion = asked.version();
        request.audience = audience;
        request.username = username;
        request.effectiveFrom = asked.effectiveFrom();
        request.dueBy = asked.dueBy();
        request.requestedAt = asked.requestedAt();
        return request;
    }

    public String audience() {
        return audience;
    }

    public String username() {
        return username;
    }

    /** What every request for one version shares. */
    public record Asked(UUID sopId, int version, Instant effectiveFrom, Instant dueBy, Instant requestedAt) {
    }
}
