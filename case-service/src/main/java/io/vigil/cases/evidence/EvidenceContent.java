package io.vigil.cases.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an evidence file, in their own table so metadata reads never load them. */
@Entity
@Table(name = "case_evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private UUID evidenceId;
    private byte[] content;

    protected EvidenceContent() {
    }

    EvidenceContent(UUID evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
