package io.vigil.audit.verify.merkle;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes RFC 9162 section 2.1.1 leaf and node hashes, so every part of Vigil hashes the tree the same way.
 *
 * <p>An instance holds one {@link MessageDigest} and is therefore not thread-safe; create one per thread,
 * it is cheap.
 */
public final class TreeHasher {

    /** Size in bytes of every hash in the tree (SHA-256). */
    public static final int HASH_SIZE = 32;

    // RFC 9162 section 2.1.1: domain separation between leaves and interior nodes (second-preimage defence).
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final MessageDigest sha256;
    private final byte[] node = new byte[1 + 2 * HASH_SIZE];

    private TreeHasher(MessageDigest sha256) {
        this.sha256 = sha256;
        this.node[0] = NODE_PREFIX;
    }

    /** Returns a new hasher backed by the JDK's SHA-256. */
    public static TreeHasher create() {
        try {
            return new TreeHasher(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** The root of the empty tree: SHA-256 of the empty string (RFC 9162 section 2.1.1). */
    public byte[] emptyRoot() {
        return sha256.digest();
    }

    /** SHA-256(0x00 || data). */
    public byte[] hashLeaf(byte[] data) {
        return hashLeaf(data, 0, data.length);
    }

    /** SHA-256(0x00 || data[offset, offset+length)). */
    public byte[] hashLeaf(byte[] data, int offset, int length) {
        byte[] out = new byte[HASH_SIZE];
        hashLeafInto(data, offset, length, out);
        return out;
    }

    /** Writes SHA-256(0x00 || data[offset, offset+length)) into {@code out[0..32)} without allocating. */
    public void hashLeafInto(byte[] data, int offset, int length, byte[] out) {
        sha256.update(LEAF_PREFIX);
        sha256.update(data, offset, length);
        finish(out);
    }

    /** SHA-256(0x01 || left || right). */
    public byte[] hashChildren(byte[] left, byte[] right) {
        if (left.length != HASH_SIZE || right.length != HASH_SIZE) {
            sha256.update(NODE_PREFIX);
            sha256.update(left);
            sha256.update(right);
            return sha256.digest();
        }
        // One update of the whole 65-byte input: a third of the calls, and the same hash.
        System.arraycopy(left, 0, node, 1, HASH_SIZE);
        System.arraycopy(right, 0, node, 1 + HASH_SIZE, HASH_SIZE);
        sha256.update(node);
        return sha256.digest();
    }

    private void finish(byte[] out) {
        try {
            sha256.digest(out, 0, HASH_SIZE);
        } catch (DigestException e) {
            throw new IllegalArgumentException("output buffer shorter than " + HASH_SIZE + " bytes", e);
        }
    }
}
