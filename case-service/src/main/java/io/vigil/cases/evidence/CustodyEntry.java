package io.vigil.cases.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One link of an item's chain of custody: who collected, viewed or downloaded it, when, and its hash then. */
@Entity
@Table(name = "evidence_custody")
public class CustodyEntry {

    @Id
    private UUID id;
    @Column(name = "evidence_id")
    private UUID evidenceId;
    @Enumerated(EnumType.STRING)
    private CustodyAction action;
    private String actor;
    private Instant at;
    private String sha256;

    protected CustodyEntry() {
    }

    CustodyEntry(UUID id, Evidence item, CustodyAction action, String actor, Instant at) {
        this.id = id;
        this.evidenceId = item.id();
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.sha256 = item.sha256();
    }

    public UUID id() {
        return id;
    }

    public CustodyAction action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String sha256() {
        return sha256;
    }
}
