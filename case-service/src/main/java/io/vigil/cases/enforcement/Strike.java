package io.vigil.cases.enforcement;

import io.vigil.cases.Subject;
import io.vigil.cases.SubjectType;
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
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A mark against one subject left by an action in force under a weighted reason. It counts its weight until it
 * expires (its policy's period after issue) or is dismissed: by a lead who finds it wrongly issued, or because the
 * action that left it was reversed.
 */
@Entity
@Table(name = "strike")
public class Strike {

    @Id
    private UUID id;
    @Column(name = "action_id")
    private UUID actionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private SubjectType subjectType;
    @Column(name = "subject_ref")
    private String subjectRef;
    private String region;
    private String policy;
    private int weight;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    private StrikeStatus status;
    @Column(name = "dismissed_by")
    private String dismissedBy;
    @Column(name = "dismissed_at")
    private Instant dismissedAt;
    @Column(name = "dismissal_reason")
    private String dismissalReason;
    @Version
    private long version;

    protected Strike() {
    }

    public Strike(UUID id, UUID actionId, Subject subject, String region, String policy, int weight,
            Instant issuedAt, Instant expiresAt) {
        if (weight < 1 || !expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a strike weighs at least 1 and expires after it is issued");
        }
        this.id = id;
        this.actionId = actionId;
        this.subjectType = subject.type();
        this.subjectRef = subject.ref();
        this.region = region;
        this.policy = policy;
        this.weight = weight;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.status = StrikeStatus.ACTIVE;
    }

    /** Whether it counts at {@code now}: not dismissed, already issued and not yet expired. */
    public boolean countsAt(Instant now) {
        return status == StrikeStatus.ACTIVE && !issuedAt.isAfter(now) && expiresAt.isAfter(now);
    }

    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Strike " + id, expected.getAsLong(), version);
        }
    }

    public void dismiss(String by, String reason, Instant now) {
        if (status == StrikeStatus.DISMISSED) {
            throw new ConflictException("strike-dismissed", "This strike was already dismissed by " + dismissedBy,
                    Map.of("dismissedBy", dismissedBy));
        }
        status = StrikeStatus.DISMISSED;
        dismissedBy = by;
        dismissedAt = now;
        dismissalReason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID actionId() {
        return actionId;
    }

    public Subject subject() {
        return new Subject(subjectType, subjectRef);
    }

    public String region() {
        return region;
    }

    public String policy() {
        return policy;
    }

    public int weight() {
        return weight;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public StrikeStatus status() {
        return status;
    }

    public String dismissedBy() {
        return dismissedBy;
    }

    public Instant dismissedAt() {
        return dismissedAt;
    }

    public String dismissalReason() {
        return dismissalReason;
    }

    public long version() {
        return version;
    }
}
