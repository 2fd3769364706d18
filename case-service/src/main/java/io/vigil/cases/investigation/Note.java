package io.vigil.cases.investigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An investigator's note on a case (markdown); notes are append-only, like a paper case file. */
@Entity
@Table(name = "case_note")
public class Note {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    private String author;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Note() {
    }

    Note(UUID id, UUID caseId, String author, String body, Instant createdAt) {
        this.id = id;
        this.caseId = caseId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
