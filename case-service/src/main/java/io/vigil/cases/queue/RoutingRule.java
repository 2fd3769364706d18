package io.vigil.cases.queue;

import io.vigil.cases.Case;
import io.vigil.cases.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * Places new cases matching it in a queue. Unset criteria match anything; rules are tried by rank, lowest first,
 * and the first that matches wins.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    private UUID id;
    private int rank;
    private String domain;
    private String category;
    private String region;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_priority")
    private Priority minPriority;
    @Column(name = "queue_id")
    private UUID queueId;
    @Version
    private long version;

    protected RoutingRule() {
    }

    public RoutingRule(UUID id, int rank, String domain, String category, String region, Priority minPriority,
            UUID queueId) {
        this.id = id;
        this.rank = rank;
        this.domain = domain;
        this.category = category;
        this.region = region;
        this.minPriority = minPriority;
        this.queueId = queueId;
    }

    /** Whether a case falls under this rule; a minimum priority matches that priority and anything more urgent. */
    public boolean matches(Case kase) {
        return (domain == null || domain.equals(kase.domain()))
                && (category == null || category.equals(kase.category()))
                && (region == null || region.equals(kase.region()))
                && (minPriority == null || kase.priority().compareTo(minPriority) <= 0);
    }

    public UUID id() {
        return id;
    }

    public int rank() {
        return rank;
    }

    public String domain() {
        return domain;
    }

    public String category() {
        return category;
    }

    public String region() {
        return region;
    }

    public Priority minPriority() {
        return minPriority;
    }

    public UUID queueId() {
        return queueId;
    }

    public long version() {
        return version;
    }
}
