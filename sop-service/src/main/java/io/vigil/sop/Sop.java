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
    @Column(name = "review_interval_days")
    private int reviewIntervalDays;
    @Column(name = "data_categories")
    private String[] dataCategories;
    @Column(name = "legal_bases")
    private String[] legalBases;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    /** A yearly review unless the owner sets a shorter or longer interval. */
    public static final int DEFAULT_REVIEW_INTERVAL_DAYS = 365;

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
        sop.reviewIntervalDays = DEFAULT_REVIEW_INTERVAL_DAYS;
        sop.dataCategories = new String[0];
        sop.legalBases = new String[0];
        sop.createdAt = now;
        sop.updatedAt = now;
        return sop;
    }

    /** Who must follow it, how often it is reviewed, and which data and legal bases it touches. */
    public void govern(Governance governance, Instant now) {
        audience = governance.audience().toArray(String[]::new);
        reviewIntervalDays = governance.reviewIntervalDays();
        dataCategories = governance.dataCategories().toArray(String[]::new);
        legalBases = governance.legalBases().stream().map(LegalBasis::name).toArray(String[]::new);
        updatedAt = now;
    }

    public Governance governance() {
        return new Governance(List.of(audience), reviewIntervalDays, List.of(dataCategories),
                java.util.Arrays.stream(legalBases).map(LegalBasis::valueOf).toList());
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
