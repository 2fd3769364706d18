package io.vigil.audit.export;

/**
 * The seqs a bundle covers: from the first event recorded in the requested time range up to the largest signed
 * tree size within it, because a bundle must end on a checkpoint its verifier can check the root against.
 */
record ExportRange(long firstSeq, long treeSize) {

    long events() {
        return Math.max(0, treeSize - firstSeq);
    }
}
