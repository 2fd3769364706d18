package io.vigil.cases.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to an incident, as its timeline shows it. An entry about a single case carries that
 * case's region and is shown only to callers who may see the case.
 */
@Entity
@Table(name = "incident_event")
public class IncidentEvent {

    @Id
    private UUID id;
    @Column(name = "incident_id")
    private UUID incidentId;
    private String kind;
    private String actor;
    private Instant at;
    private String summary;
    private String region;

    protected IncidentEvent() {
    }

    IncidentEvent(UUID id, UUID incidentId, String kind, String actor, Instant at, String summary, String region) {
        this.id = id;
        this.incidentId = incidentId;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.summary = summary;
        this.region = region;
    }

    public UUID id() {
        return id;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public String kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String summary() {
        return summary;
    }

    public String region() {
        return region;
    }
}
