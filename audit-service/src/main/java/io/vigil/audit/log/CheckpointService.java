package io.vigil.audit.log;

import io.vigil.audit.config.AuditConfig;
import io.vigil.audit.verify.merkle.TreeHasher;
import io.vigil.audit.verify.note.Checkpoint;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers what the log currently commits to: its latest signed checkpoint. */
@ApplicationScoped
public class CheckpointService {

    private final CheckpointRepository checkpoints;
    private final LogKey key;
    private final String origin;

    public CheckpointService(CheckpointRepository checkpoints, LogKey key, AuditConfig config) {
        this.checkpoints = checkpoints;
        this.key = key;
        this.origin = config.origin();
    }

    /**
     * The latest published checkpoint; before the first event the log still commits to the empty tree
     * (RFC 9162 section 2.1.1: the hash of the empty string), signed like any other.
     */
    public PublishedCheckpoint latest() {
        return checkpoints.findLatest()
                .map(c -> new PublishedCheckpoint(origin, c.treeSize(), c.rootHash(), c.note()))
                .orElseGet(this::empty);
    }

    private PublishedCheckpoint empty() {
        byte[] root = TreeHasher.create().emptyRoot();
        return new PublishedCheckpoint(origin, 0, root, Checkpoint.of(origin, 0, root).sign(key.signer()));
    }
}
