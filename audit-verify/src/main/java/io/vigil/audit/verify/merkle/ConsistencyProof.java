package io.vigil.audit.verify.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9162 consistency proof that the tree of size {@code size1} is a prefix of the tree of size
 * {@code size2}, verified with the algorithm of RFC 9162 section 2.1.4.2.
 *
 * @param size1 the earlier tree size, at least 1
 * @param size2 the later tree size
 * @param hashes the proof nodes
 */
public record ConsistencyProof(long size1, long size2, List<byte[]> hashes) {

    /** Copies the hashes so later changes to the caller's list cannot alter the proof. */
    public ConsistencyProof {
        hashes = List.copyOf(hashes);
    }

    /** Checks that {@code root2} extends {@code root1}; throws naming the failed check. */
    public void verify(byte[] root1, byte[] root2) throws ProofVerificationException {
        if (size1 <= 0 || size2 < size1) {
            // A proof from the empty tree proves nothing, as transparency-dev/merkle also rules.
            throw new ProofVerificationException("no consistency proof exists from size " + size1 + " to " + size2);
        }
        if (size1 == size2) {
            requireEmptyProof();
            requireEqual(root1, root2, "roots of equal tree sizes differ");
            return;
        }
        if (hashes.isEmpty()) {
            throw new ProofVerificationException("consistency proof from " + size1 + " to " + size2 + " is empty");
        }
        byte[][] roots = recompute(root1);
        requireEqual(roots[0], root1, "consistency proof does not lead to the root of size " + size1);
        requireEqual(roots[1], root2, "consistency proof does not lead to the root of size " + size2);
    }

    private byte[][] recompute(byte[] root1) throws ProofVerificationException {
        List<byte[]> path = new ArrayList<>(hashes);
        // RFC 9162 2.1.4.2 step 1: when size1 is a power of two its root is the first node of the path.
        if (Long.bitCount(size1) == 1) {
            path.add(0, root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        TreeHasher hasher = TreeHasher.create();
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new ProofVerificationException("consistency proof has more hashes than sizes " + size1 + "->" + size2 + " need");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.hashChildren(c, fr);
                sr = hasher.hashChildren(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hasher.hashChildren(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofVerificationException("consistency proof has fewer hashes than sizes " + size1 + "->" + size2 + " need");
        }
        return new byte[][] {fr, sr};
    }

    private void requireEmptyProof() throws ProofVerificationException {
        if (!hashes.isEmpty()) {
            throw new ProofVerificationException("consistency proof between equal sizes must be empty");
        }
    }

    private static void requireEqual(byte[] a, byte[] b, String message) throws ProofVerificationException {
        if (!MessageDigest.isEqual(a, b)) {
            throw new ProofVerificationException(message);
        }
    }
}
