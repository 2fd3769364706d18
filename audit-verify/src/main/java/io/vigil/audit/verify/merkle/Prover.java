package io.vigil.audit.verify.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates RFC 9162 roots, inclusion proofs (section 2.1.3.1) and consistency proofs (section 2.1.4.1) from a
 * {@link NodeSource}, so the audit-service and the tests produce proofs with one implementation.
 */
public final class Prover {

    private final NodeSource nodes;
    private final TreeHasher hasher = TreeHasher.create();

    /** Creates a prover reading perfect-subtree hashes from {@code nodes}; not thread-safe. */
    public Prover(NodeSource nodes) {
        this.nodes = nodes;
    }

    /** The Merkle tree hash MTH(D[0:size]); the empty-tree hash for size 0. */
    public byte[] root(long size) {
        requireNonNegative(size);
        return size == 0 ? hasher.emptyRoot() : rangeHash(0, size);
    }

    /** The audit path PATH(index, D[0:size]), ordered from the leaf's sibling up to the root's child. */
    public InclusionProof inclusion(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return new InclusionProof(index, size, path);
    }

    /** The consistency proof PROOF(size1, D[0:size2]); empty when the sizes are equal. */
    public ConsistencyProof consistency(long size1, long size2) {
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("no consistency proof from size " + size1 + " to " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 < size2) {
            subproof(size1, 0, size2, true, proof);
        }
        return new ConsistencyProof(size1, size2, proof);
    }

    /** MTH(D[start:end]) for any non-empty range, splitting as RFC 9162 section 2.1.1 does. */
    public byte[] rangeHash(long start, long end) {
        long n = end - start;
        if (n <= 0) {
            throw new IllegalArgumentException("empty range [" + start + ", " + end + ")");
        }
        if (Long.bitCount(n) == 1 && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, start >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return hasher.hashChildren(rangeHash(start, start + k), rangeHash(start + k, end));
    }

    private void path(long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, out);
            out.add(rangeHash(start + k, end));
        } else {
            path(m - k, start + k, end, out);
            out.add(rangeHash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean complete, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                out.add(rangeHash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, complete, out);
            out.add(rangeHash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(rangeHash(start, start + k));
        }
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n >= 2} (RFC 9162 section 2.1.1). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireNonNegative(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size " + size);
        }
    }
}
