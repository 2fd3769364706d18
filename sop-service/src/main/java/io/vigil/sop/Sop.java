package io.vigil.sop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A standard operating procedure: the stable identity that versions with decision trees hang off. */
@Entity
@Table(name = "sop")
public class Sop {

    @Id
    private UUID id;
    private String key;
    private String title;
    private String domain;
    private String category;
    private String[] audience;
    private String owner;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Sop() {
    }

    public static Sop define(UUID id, SopDefinition definition, String owner, Instant now) {
        Sop sop = new Sop();
        sop.id = id;
        sop.key = definition.key();
        sop.title = definition.title();
        sop.domain = definition.domain();
        sop.category = definition.category();
        sop.audience = definition.audience().toArray(String[]::new);
        sop.owner = owner;
        sop.createdAt = now;
        sop.updatedAt = now;
        return sop;
    }

    public UUID id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String domain() {
        return domain;
    }

    public String category() {
        return category;
    }

    public List<String> audience() {
        return List.of(audience);
    }

    public String owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
