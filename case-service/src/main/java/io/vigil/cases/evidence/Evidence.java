package io.vigil.cases.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An item of evidence on a case: a stored file (with size, media type and SHA-256) or a URL; never changed. */
@Entity
@Table(name = "case_evidence")
public class Evidence {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;
    private String name;
    private String description;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    private String sha256;
    private String url;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private Instant addedAt;

    protected Evidence() {
    }

    private Evidence(UUID id, UUID caseId, EvidenceKind kind, String name, String description, String by, Instant at) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.name = name;
        this.description = description;
        this.addedBy = by;
        this.addedAt = at;
    }

    static Evidence file(UUID id, UUID caseId, Upload upload, String description, String by, Instant at) {
        Evidence item = new Evidence(id, caseId, EvidenceKind.FILE, upload.name(), description, by, at);
        item.mediaType = upload.mediaType();
        item.sizeBytes = (long) upload.content().length;
        item.sha256 = upload.sha256();
        return item;
    }

    static Evidence link(UUID id, UUID caseId, String url, String name, String description, String by, Instant at) {
        Evidence item = new Evidence(id, caseId, EvidenceKind.URL, name == null ? url : name, description, by, at);
        item.url = url;
        return item;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String mediaType() {
        return mediaType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String url() {
        return url;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
