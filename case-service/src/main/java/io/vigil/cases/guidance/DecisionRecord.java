package io.vigil.cases.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision record waiting for, or delivered to, sop-service: the tree's outcome against the investigator's
 * final one for one case and SOP version. Written in the transaction that records the final outcome, so it
 * exists exactly when that outcome does; the relay delivers it however long sop-service is away.
 */
@Entity
@Table(name = "guidance_decision")
public class DecisionRecord {

    /** sop-service keeps one record per ticket and version; a case is the ticket. */
    static final String TICKET_PREFIX = "case:";
    private static final int MAX_ERROR = 500;

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "sop_key")
    private String sopKey;
    @Column(name = "sop_version")
    private int sopVersion;
    @Column(name = "ticket_id")
    private String ticketId;
    @Column(name = "tree_outcome")
    private String treeOutcome;
    @Column(name = "human_outcome")
    private String humanOutcome;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "queued_at")
    private Instant queuedAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected DecisionRecord() {
    }

    static DecisionRecord queue(UUID id, GuidanceWalk walk, Instant now) {
        DecisionRecord record = new DecisionRecord();
        record.id = id;
        record.caseId = walk.caseId();
        record.sopKey = walk.sopKey();
        record.sopVersion = walk.sopVersion();
        record.ticketId = TICKET_PREFIX + walk.caseId();
        record.treeOutcome = walk.treeOutcome().orElseThrow().code();
        record.humanOutcome = walk.humanOutcome().orElseThrow();
        record.decidedBy = walk.decidedBy();
        record.queuedAt = now;
        record.nextAttemptAt = now;
        return record;
    }

    /** Holds the record for one delivery attempt, so another relay instance does not take it meanwhile. */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    void delivered(Instant now) {
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /** Records a failed attempt and when to try again. */
    void failed(String error, Duration wait, Instant now) {
        attempts++;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        nextAttemptAt = now.plus(wait);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String sopKey() {
        return sopKey;
    }

    public int sopVersion() {
        return sopVersion;
    }

    public String ticketId() {
        return ticketId;
    }

    public String treeOutcome() {
        return treeOutcome;
    }

    public String humanOutcome() {
        return humanOutcome;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }
}
