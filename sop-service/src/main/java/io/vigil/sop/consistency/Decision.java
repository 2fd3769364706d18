package io.vigil.sop.consistency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One ticket decided under one version: the bot's outcome, the human's final outcome, and CSAT when known. */
@Entity
@Table(name = "sop_decision")
public class Decision {

    @Id
    private UUID id;
    @Column(name = "sop_id")
    private UUID sopId;
    @Column(name = "sop_version")
    private int sopVersion;
    @Column(name = "ticket_id")
    private String ticketId;
    @Column(name = "bot_outcome")
    private String botOutcome;
    @Column(name = "human_outcome")
    private String humanOutcome;
    private Short csat;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Decision() {
    }

    public static Decision record(UUID id, UUID sopId, int sopVersion, DecisionReport report, String by,
            Instant now) {
        Decision d = new Decision();
        d.id = id;
        d.sopId = sopId;
        d.sopVersion = sopVersion;
        d.ticketId = report.ticketId();
        d.botOutcome = report.botOutcome();
        d.humanOutcome = report.humanOutcome();
        d.csat = report.csat() == null ? null : report.csat().shortValue();
        d.recordedBy = by;
        d.recordedAt = now;
        return d;
    }

    public UUID id() {
        return id;
    }

    public int sopVersion() {
        return sopVersion;
    }

    public String ticketId() {
        return ticketId;
    }

    public String botOutcome() {
        return botOutcome;
    }

    public String humanOutcome() {
        return humanOutcome;
    }

    public Integer csat() {
        return csat == null ? null : csat.intValue();
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
