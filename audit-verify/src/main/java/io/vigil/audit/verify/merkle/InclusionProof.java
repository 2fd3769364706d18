package io.vigil.audit.verify.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * An RFC 9162 inclusion proof (audit path) that leaf {@code leafIndex} is in the tree of size {@code treeSize},
 * verified with the algorithm of RFC 9162 section 2.1.3.2.
 *
 * @param leafIndex zero-based index of the leaf, the audit log's {@code seq}
 * @param treeSize size of the tree whose root the proof leads to
 * @param hashes the audit path, from the leaf's sibling upwards
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> hashes) {

    /** Copies the path so later changes to the caller's list cannot alter the proof. */
    public InclusionProof {
        hashes = List.copyOf(hashes);
    }

    /** Checks that {@code leafHash} at {@link #leafIndex} leads to {@code root}; throws naming the failure. */
    public void verify(byte[] leafHash, byte[] root) throws ProofVerificationException {
        if (!MessageDigest.isEqual(rootFrom(leafHash), root)) {
            throw new ProofVerificationException(
                    "inclusion proof for leaf " + leafIndex + " in tree size " + treeSize + " leads to a different root");
        }
    }

    /** Recomputes the root the path leads to, rejecting paths of the wrong shape. */
    public byte[] rootFrom(byte[] leafHash) throws ProofVerificationException {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new ProofVerificationException("leaf index " + leafIndex + " is outside tree size " + treeSize);
        }
        if (leafHash.length != TreeHasher.HASH_SIZE) {
            throw new ProofVerificationException("leaf hash is " + leafHash.length + " bytes, not 32");
        }
        TreeHasher hasher = TreeHasher.create();
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : hashes) {
            if (sn == 0) {
                throw new ProofVerificationException("inclusion proof has more hashes than tree size " + treeSize + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.hashChildren(p, r);
                // RFC 9162 2.1.3.2 step 3: skip levels where this node is a right-edge node without a sibling.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hasher.hashChildren(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new ProofVerificationException("inclusion proof has fewer hashes than tree size " + treeSize + " needs");
        }
        return r;
    }
}
