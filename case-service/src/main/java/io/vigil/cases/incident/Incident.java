package io.vigil.cases.incident;

import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A critical event (an election, coordinated abuse, an outage of a control) that groups cases under a commander. */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    private UUID id;
    private String ref;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private IncidentKind kind;
    @Enumerated(EnumType.STRING)
    private IncidentSeverity severity;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    private String commander;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "status_since")
    private Instant statusSince;
    @Column(name = "mitigated_at")
    private Instant mitigatedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_region", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "region")
    @BatchSize(size = 100)
    private Set<String> regions = new TreeSet<>();

    protected Incident() {
    }

    /** Declares an incident; it starts OPEN, commanded by {@code commander}. */
    public static Incident declare(UUID id, String ref, IncidentDetails details, String commander, String by,
            Instant now) {
        Incident declared = new Incident();
        declared.id = id;
        declared.ref = ref;
        declared.commander = commander;
        declared.status = IncidentStatus.OPEN;
        declared.createdBy = by;
        declared.createdAt = now;
        declared.statusSince = now;
        declared.revise(details, now);
        return declared;
    }

    /** Replaces the details; a closed incident does not change. */
    public void revise(IncidentDetails details, Instant now) {
        requireNotClosed();
        title = details.title();
        description = details.description();
        kind = details.kind();
        severity = details.severity();
        regions.clear();
        regions.addAll(details.regions());
        updatedAt = now;
    }

    /** Moves through the state machine; the caller has checked the closing rule before asking for CLOSED. */
    public IncidentStatus transitionTo(IncidentStatus to, Instant now) {
        IncidentStateMachine.check(status, to);
        IncidentStatus from = status;
        switch (to) {
            case MITIGATED -> mitigatedAt = now;
            case RESOLVED -> resolvedAt = now;
            case CLOSED -> closedAt = now;
            case OPEN -> resolvedAt = null;
        }
        status = to;
        statusSince = now;
        updatedAt = now;
        return from;
    }

    public void handOverTo(String newCommander, Instant now) {
        requireNotClosed();
        commander = newCommander;
        updatedAt = now;
    }

    public void requireNotClosed() {
        if (status == IncidentStatus.CLOSED) {
            throw new IncidentClosedException(ref);
        }
    }

    /** Optimistic concurrency: an If-Match naming an older version means the caller acted on stale data. */
    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Incident " + id, expected.getAsLong(), version);
        }
    }

    public boolean concerns(String region) {
        return regions.contains(region);
    }

    /** The audit envelope's region: the incident's regions joined, so a search by any one of them can match it. */
    public String auditRegion() {
        return String.join(",", regions());
    }

    public UUID id() {
        return id;
    }

    public String ref() {
        return ref;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public IncidentKind kind() {
        return kind;
    }

    public IncidentSeverity severity() {
        return severity;
    }

    public IncidentStatus status() {
        return status;
    }

    public String commander() {
        return commander;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public Instant mitigatedAt() {
        return mitigatedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    public List<String> regions() {
        return List.copyOf(new TreeSet<>(regions));
    }
}
