package io.vigil.audit.verify.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory tree of leaf hashes with every perfect subtree precomputed, for tests, export tooling and
 * small logs; large logs implement {@link NodeSource} over their stored hashes instead.
 *
 * <p>Each level is one contiguous byte array, which keeps a million-leaf tree at about 64 MB.
 */
public final class MerkleTree implements NodeSource {

    private final List<byte[]> levels;
    private final long size;

    private MerkleTree(List<byte[]> levels, long size) {
        this.levels = levels;
        this.size = size;
    }

    /** Builds the tree over the given leaf hashes, in leaf order. */
    public static MerkleTree of(List<byte[]> leafHashes) {
        byte[] leaves = new byte[leafHashes.size() * TreeHasher.HASH_SIZE];
        for (int i = 0; i < leafHashes.size(); i++) {
            byte[] hash = leafHashes.get(i);
            if (hash.length != TreeHasher.HASH_SIZE) {
                throw new IllegalArgumentException("leaf hash " + i + " is " + hash.length + " bytes, not 32");
            }
            System.arraycopy(hash, 0, leaves, i * TreeHasher.HASH_SIZE, TreeHasher.HASH_SIZE);
        }
        return new MerkleTree(buildLevels(leaves), leafHashes.size());
    }

    private static List<byte[]> buildLevels(byte[] leaves) {
        TreeHasher hasher = TreeHasher.create();
        List<byte[]> levels = new ArrayList<>();
        byte[] level = leaves;
        levels.add(level);
        while (level.length >= 2 * TreeHasher.HASH_SIZE) {
            int pairs = level.length / (2 * TreeHasher.HASH_SIZE);
            byte[] next = new byte[pairs * TreeHasher.HASH_SIZE];
            for (int i = 0; i < pairs; i++) {
                byte[] parent = hasher.hashChildren(slice(level, 2L * i), slice(level, 2L * i + 1));
                System.arraycopy(parent, 0, next, i * TreeHasher.HASH_SIZE, TreeHasher.HASH_SIZE);
            }
            levels.add(next);
            level = next;
        }
        return levels;
    }

    private static byte[] slice(byte[] level, long index) {
        int from = Math.toIntExact(index * TreeHasher.HASH_SIZE);
        byte[] hash = new byte[TreeHasher.HASH_SIZE];
        System.arraycopy(level, from, hash, 0, TreeHasher.HASH_SIZE);
        return hash;
    }

    /** Number of leaves. */
    public long size() {
        return size;
    }

    @Override
    public byte[] node(int level, long index) {
        if (level >= levels.size() || (index + 1) << level > size || index < 0) {
            throw new IllegalArgumentException("no perfect subtree at level " + level + " index " + index);
        }
        return slice(levels.get(level), index);
    }

    /** A prover over this tree. */
    public Prover prover() {
        return new Prover(this);
    }
}
