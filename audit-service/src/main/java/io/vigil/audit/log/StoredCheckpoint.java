package io.vigil.audit.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A checkpoint the sequencer signed and published; rows are only ever added. */
@Entity
@Table(name = "checkpoint")
public class StoredCheckpoint {

    @Id
    @Column(name = "tree_size")
    private long treeSize;
    @Column(name = "root_hash")
    private byte[] rootHash;
    private String note;
    @Column(name = "signed_at")
    private Instant signedAt;

    protected StoredCheckpoint() {
    }

    public StoredCheckpoint(long treeSize, byte[] rootHash, String note, Instant signedAt) {
        this.treeSize = treeSize;
        this.rootHash = rootHash.clone();
        this.note = note;
        this.signedAt = signedAt;
    }

    public long treeSize() {
        return treeSize;
    }

    public byte[] rootHash() {
        return rootHash.clone();
    }

    public String note() {
        return note;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
