package io.vigil.cases.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a case, as the timeline shows it: what kind, who, when, in a sentence. */
@Entity
@Table(name = "case_event")
public class TimelineEntry {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    private String kind;
    private String actor;
    private Instant at;
    private String summary;

    protected TimelineEntry() {
    }

    TimelineEntry(UUID id, UUID caseId, String kind, String actor, Instant at, String summary) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.summary = summary;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
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
}
