package io.vigil.cases.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One saved version of an incident's root-cause-analysis report. Versions are immutable: there are no setters, and a
 * save always inserts the next number. The lists are JSON documents (see {@link RcaContent}).
 */
@Entity
@Table(name = "incident_rca")
@IdClass(RcaReport.Key.class)
public class RcaReport {

    @Id
    @Column(name = "incident_id")
    private UUID incidentId;
    @Id
    private int number;
    private String summary;
    private String impact;
    @Column(name = "root_cause")
    private String rootCause;
    private String timeline;
    @Column(name = "contributing_factors")
    private String contributingFactors;
    @Column(name = "corrective_actions")
    private String correctiveActions;
    private String author;
    @Column(name = "created_at")
    private Instant createdAt;

    protected RcaReport() {
    }

    RcaReport(UUID incidentId, int number, RcaContent.Stored content, String author, Instant createdAt) {
        this.incidentId = incidentId;
        this.number = number;
        this.summary = content.summary();
        this.impact = content.impact();
        this.rootCause = content.rootCause();
        this.timeline = content.timeline();
        this.contributingFactors = content.contributingFactors();
        this.correctiveActions = content.correctiveActions();
        this.author = author;
        this.createdAt = createdAt;
    }

    RcaContent.Stored stored() {
        return new RcaContent.Stored(summary, impact, rootCause, timeline, contributingFactors, correctiveActions);
    }

    public UUID incidentId() {
        return incidentId;
    }

    public int number() {
        return number;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The composite key: incident and version number. */
    public static class Key implements Serializable {

        private UUID incidentId;
        private int number;

        protected Key() {
        }

        public Key(UUID incidentId, int number) {
            this.incidentId = incidentId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.incidentId.equals(incidentId) && k.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(incidentId, number);
        }
    }
}
