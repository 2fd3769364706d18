package io.vigil.audit.verify.merkle;

/**
 * Supplies hashes of perfect subtrees, so proofs can be built from whatever a log stores (all leaves in memory,
 * stored subtree hashes, or tiles) without the proof code knowing which.
 */
@FunctionalInterface
public interface NodeSource {

    /**
     * Returns the hash of the perfect subtree at {@code level} and {@code index}: the Merkle tree hash of leaves
     * {@code [index * 2^level, (index + 1) * 2^level)}. Level 0 is the leaf hashes themselves. Callers only ask
     * for subtrees that lie wholly inside the tree size they are proving.
     */
    byte[] node(int level, long index);
}
