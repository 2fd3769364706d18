package io.vigil.cases.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One page to the on-shift lead about a case or an incident: the exact JSON body sent, and its delivery state,
 * attempts and last error. Written in the business transaction, delivered later by {@link NotificationDispatcher}.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private NotificationSubject subjectType;
    @Column(name = "subject_id")
    private UUID subjectId;
    private String region;
    private String event;
    private String recipients;
    private String payload;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Notification() {
    }

    Notification(UUID id, NotificationSubject subjectType, UUID subjectId, String region, String event,
            List<String> recipients, String payload, Instant now) {
        this.id = id;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.region = region;
        this.event = event;
        this.recipients = String.join(",", recipients);
        this.payload = payload;
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Holds the row for one sender until {@code until}; if that sender dies, another retries after it. */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    void delivered(Instant now) {
        attempts++;
        status = NotificationStatus.DELIVERED;
        lastAttemptAt = now;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Records a failed attempt; returns true when the schedule gives up and the notification is FAILED. */
    boolean failed(String error, Instant now, RetrySchedule schedule) {
        attempts++;
        lastAttemptAt = now;
        lastError = error;
        Optional<Duration> wait = schedule.after(attempts);
        nextAttemptAt = wait.map(now::plus).orElse(null);
        status = wait.isPresent() ? NotificationStatus.PENDING : NotificationStatus.FAILED;
        return wait.isEmpty();
    }

    public UUID id() {
        return id;
    }

    public NotificationSubject subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String region() {
        return region;
    }

    public String event() {
        return event;
    }

    public List<String> recipients() {
        return recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(","));
    }

    public String payload() {
        return payload;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
