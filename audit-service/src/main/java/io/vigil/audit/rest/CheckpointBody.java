package io.vigil.audit.rest;

import io.vigil.audit.log.PublishedCheckpoint;
import java.util.Base64;

/** The JSON view of a checkpoint (DESIGN.md section 3): origin, size, base64 root and the signed note. */
public record CheckpointBody(String origin, long size, String rootHash, String note) {

    static CheckpointBody from(PublishedCheckpoint checkpoint) {
        return new CheckpointBody(checkpoint.origin(), checkpoint.size(),
                Base64.getEncoder().encodeToString(checkpoint.rootHash()), checkpoint.note());
    }
}
