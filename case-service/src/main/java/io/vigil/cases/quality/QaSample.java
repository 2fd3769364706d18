package io.vigil.cases.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One draw of resolved cases into the QA queue, with the plan and seed that reproduce it. */
@Entity
@Table(name = "qa_sample")
public class QaSample {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private SamplingStrategy strategy;
    @Column(name = "period_from")
    private Instant periodFrom;
    @Column(name = "period_to")
    private Instant periodTo;
    private Integer size;
    private Double rate;
    private long seed;
    private String region;
    @Column(name = "queue_id")
    private UUID queueId;
    private String investigator;
    private int population;
    private int picked;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected QaSample() {
    }

    QaSample(UUID id, SampleRequest request, SamplingPlan plan, long seed, int population, int picked, String by,
            Instant now) {
        this.id = id;
        this.strategy = plan.strategy();
        this.periodFrom = request.from();
        this.periodTo = request.to();
        this.size = plan.size().isPresent() ? plan.size().getAsInt() : null;
        this.rate = plan.rate().isPresent() ? plan.rate().getAsDouble() : null;
        this.seed = seed;
        this.region = request.region().orElse(null);
        this.queueId = request.queueId().orElse(null);
        this.investigator = request.investigator().orElse(null);
        this.population = population;
        this.picked = picked;
        this.createdBy = by;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public SamplingStrategy strategy() {
        return strategy;
    }

    public Instant periodFrom() {
        return periodFrom;
    }

    public Instant periodTo() {
        return periodTo;
    }

    public Integer size() {
        return size;
    }

    public Double rate() {
        return rate;
    }

    public long seed() {
        return seed;
    }

    public String region() {
        return region;
    }

    public UUID queueId() {
        return queueId;
    }

    public String investigator() {
        return investigator;
    }

    public int population() {
        return population;
    }

    public int picked() {
        return picked;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
