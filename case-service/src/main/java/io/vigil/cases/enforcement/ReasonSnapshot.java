package io.vigil.cases.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The reason code's policy, ground and strike weight as they were when the action was requested, kept on the action
 * so a later edit of the catalogue never rewrites the statement of reasons already given.
 */
@Embeddable
public class ReasonSnapshot {

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

    protected ReasonSnapshot() {
    }

    public ReasonSnapshot(String policy, GroundType groundType, String ground, String groundExplanation,
            String groundUrl, String dsaCategory, int strikeWeight) {
        this.policy = policy;
        this.groundType = groundType;
        this.ground = ground;
        this.groundExplanation = groundExplanation;
        this.groundUrl = groundUrl;
        this.dsaCategory = dsaCategory;
        this.strikeWeight = strikeWeight;
    }

    public String policy() {
        return policy;
    }

    public GroundType groundType() {
        return groundType;
    }

    public String ground() {
        return ground;
    }

    public String groundExplanation() {
        return groundExplanation;
    }

    public String groundUrl() {
        return groundUrl;
    }

    public String dsaCategory() {
        return dsaCategory;
    }

    public int strikeWeight() {
        return strikeWeight;
    }
}
