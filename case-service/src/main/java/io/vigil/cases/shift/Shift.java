package io.vigil.cases.shift;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/** One person on duty, as lead or investigator, for a region (or one of its queues) from a start to an end. */
@Entity
@Table(name = "shift")
public class Shift {

    /** Longer stretches are on-call weeks split into shifts, not one row, so the roster stays readable. */
    static final Duration LONGEST = Duration.ofDays(14);

    @Id
    private UUID id;
    private String region;
    @Column(name = "queue_id")
    private UUID queueId;
    private String person;
    @Enumerated(EnumType.STRING)
    private ShiftRole role;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Shift() {
    }

    public Shift(UUID id, ShiftSpec spec, String by, Instant now) {
        this.id = id;
        this.createdBy = by;
        this.createdAt = now;
        reschedule(spec);
    }

    /** Replaces who, where and when; the end must follow the start, at most {@link #LONGEST} later. */
    public void reschedule(ShiftSpec spec) {
        if (!spec.endsAt().isAfter(spec.startsAt())) {
            throw new InvalidRequestException("endsAt", "must be after startsAt");
        }
        if (Duration.between(spec.startsAt(), spec.endsAt()).compareTo(LONGEST) > 0) {
            throw new InvalidRequestException("endsAt", "a shift lasts at most 14 days");
        }
        region = spec.region();
        queueId = spec.queueId();
        person = spec.person();
        role = spec.role();
        startsAt = spec.startsAt();
        endsAt = spec.endsAt();
    }

    public boolean onDutyAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Shift " + id, expected.getAsLong(), version);
        }
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

    public String person() {
        return person;
    }

    public ShiftRole role() {
        return role;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
