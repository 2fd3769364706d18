package io.vigil.cases.enforcement;

import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One policy reason of the managed catalogue: the policy it belongs to, the legal or contractual ground a statement
 * of reasons cites for it, and the strike weight a violation carries. A retired reason stays for the actions that
 * cite it but cannot be used for new ones.
 */
@Entity
@Table(name = "reason_code")
public class ReasonCode {

    @Id
    private String code;
    private String domain;
    private String title;
    private String policy;
    @Enumerated(EnumType.STRING)
    @Column(name = "ground_type")
    private GroundType groundType;
    private String ground;
    @Column(name = "ground_explanation")
    private String groundExplanation;
    @Column(name = "ground_url")
    private String groundUrl;
    @Column(name = "dsa_category")
    private String dsaCategory;
    @Column(name = "strike_weight")
    private int strikeWeight;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected ReasonCode() {
    }

    public ReasonCode(String code, ReasonSpec spec, Instant now) {
        this.code = code;
        this.createdAt = now;
        change(spec, now);
    }

    void change(ReasonSpec spec, Instant now) {
        this.domain = spec.domain();
        this.title = spec.title();
        this.policy = spec.policy();
        this.groundType = spec.groundType();
        this.ground = spec.ground();
        this.groundExplanation = spec.groundExplanation();
        this.groundUrl = spec.groundUrl();
        this.dsaCategory = spec.dsaCategory();
        this.strikeWeight = spec.strikeWeight();
        this.active = spec.active();
        this.updatedAt = now;
    }

    void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Reason code " + code, expected.getAsLong(), version);
        }
    }

    /** Whether it may justify an action on a case of this domain: its own domain, or any when it has none. */
    public boolean appliesTo(String caseDomain) {
        return domain == null || domain.equals(caseDomain);
    }

    /** The ground and weight as they stand now, to be kept with an action. */
    public ReasonSnapshot snapshot() {
        return new ReasonSnapshot(policy, groundType, ground, groundExplanation, groundUrl, dsaCategory,
                strikeWeight);
    }

    public ReasonSpec spec() {
        return new ReasonSpec(domain, title, policy, groundType, ground, groundExplanation, groundUrl, dsaCategory,
                strikeWeight, active);
    }

    public String code() {
        return code;
    }

    public boolean active() {
        return active;
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
