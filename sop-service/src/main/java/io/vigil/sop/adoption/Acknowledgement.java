package io.vigil.sop.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's confirmation that they have read one version of an SOP. */
@Entity
@Table(name = "sop_acknowledgement")
public class Acknowledgement {

    @Id
    private UUID id;
    @Column(name = "sop_id")
    private UUID sopId;
    @Column(name = "sop_version")
    private int sopVersion;
    private String username;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected Acknowledgement() {
    }

    public static Acknowledgement of(UUID id, UUID sopId, int sopVersion, String username, Instant now) {
        Acknowledgement a = new Acknowledgement();
        a.id = id;
        a.sopId = sopId;
        a.sopVersion = sopVersion;
        a.username = username;
        a.acknowledgedAt = now;
        return a;
    }

    public int sopVersion() {
        return sopVersion;
    }

    public String username() {
        return username;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
