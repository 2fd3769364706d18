package io.vigil.audit.verify.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The hashes of the perfect subtrees covering leaves {@code [0, size)}, one per set bit of {@code size},
 * largest first: enough to append leaves and compute roots in O(log n) memory. The sequencer appends through
 * it and the bundle verifier streams a million events through it.
 *
 * <p>Mutable and not thread-safe.
 */
public final class CompactRange {

    private final List<byte[]> hashes;
    private final TreeHasher hasher = TreeHasher.create();
    private long size;

    private CompactRange(long size, List<byte[]> hashes) {
        this.size = size;
        this.hashes = hashes;
    }

    /** The compact range of the empty tree. */
    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    /**
     * Restores a compact range from its hashes, for example the prefix of an export bundle that starts at
     * {@code size}; there must be exactly one hash per set bit of {@code size}.
     */
    public static CompactRange of(long size, List<byte[]> hashes) {
        if (size < 0 || Long.bitCount(size) != hashes.size()) {
            throw new IllegalArgumentException(
                    "a compact range of size " + size + " has " + Long.bitCount(Math.max(size, 0)) + " hashes, not " + hashes.size());
        }
        return new CompactRange(size, new ArrayList<>(hashes));
    }

    /** Builds the compact range of {@code [0, size)} from any node source. */
    public static CompactRange of(NodeSource nodes, long size) {
        List<byte[]> hashes = new ArrayList<>();
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            if ((size >> level & 1) == 1) {
                hashes.add(nodes.node(level, start >> level));
                start += 1L << level;
            }
        }
        return of(size, hashes);
    }

    /** Appends one leaf hash, merging equal-sized subtrees as a binary counter carries. */
    public void append(byte[] leafHash) {
        byte[] carry = leafHash;
        for (long bits = size; (bits & 1) == 1; bits >>= 1) {
            carry = hasher.hashChildren(hashes.remove(hashes.size() - 1), carry);
        }
        hashes.add(carry);
        size++;
    }

    /** The root of the tree of the current size, folding the subtrees from right to left. */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return hasher.emptyRoot();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = hasher.hashChildren(hashes.get(i), root);
        }
        return root;
    }

    /** Number of leaves covered. */
    public long size() {
        return size;
    }

    /** A copy of the subtree hashes, largest subtree first. */
    public List<byte[]> hashes() {
        return List.copyOf(hashes);
    }
}
