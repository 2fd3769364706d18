package io.vigil.audit.export;

import java.time.Instant;
import java.util.UUID;

/** An export's state as clients see it; {@code firstSeq}/{@code treeSize} are known once it is done. */
public record ExportJob(UUID id, Instant from, Instant to, String status, Long firstSeq, Long treeSize, String error) {

    public long events() {
        return firstSeq == null || treeSize == null ? 0 : treeSize - firstSeq;
    }
}
