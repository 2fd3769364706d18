package io.vigil.audit.log;

import io.vigil.audit.verify.merkle.CompactRange;
import io.vigil.audit.verify.merkle.NodeSource;
import io.vigil.audit.verify.merkle.TreeHasher;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of the Merkle tree: one complete subtree per set bit of the size, as in audit-verify's
 * {@link CompactRange}, but it also reports every complete subtree an append creates, so the sequencer can store
 * it and proofs later read O(log n) stored nodes instead of rehashing leaves (RFC 9162 section 2.1).
 */
final class TreeFrontier {

    private final TreeHasher hasher = TreeHasher.create();
    private final List<TreeNode> edge = new ArrayList<>();
    private long size;

    private TreeFrontier(long size) {
        this.size = size;
    }

    /** The frontier of the stored tree of {@code size} leaves. */
    static TreeFrontier of(NodeSource nodes, long size) {
        TreeFrontier frontier = new TreeFrontier(size);
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            if ((size >> level & 1) == 1) {
                frontier.edge.add(new TreeNode(level, start >> level, nodes.node(level, start >> level)));
                start += 1L << level;
            }
        }
        return frontier;
    }

    /** Appends a leaf and returns the interior nodes (level >= 1) it completed, lowest first. */
    List<TreeNode> append(byte[] leafHash) {
        List<TreeNode> completed = new ArrayList<>();
        TreeNode carry = new TreeNode(0, size, leafHash);
        while (!edge.isEmpty() && edge.get(edge.size() - 1).level() == carry.level()) {
            TreeNode left = edge.remove(edge.size() - 1);
            carry = new TreeNode(carry.level() + 1, left.index() >> 1, hasher.hashChildren(left.hash(), carry.hash()));
            completed.add(carry);
        }
        edge.add(carry);
        size++;
        return completed;
    }

    long size() {
        return size;
    }

    /** An independent copy, to return to if the appends made since are rolled back. */
    TreeFrontier copy() {
        TreeFrontier copy = new TreeFrontier(size);
        copy.edge.addAll(edge);
        return copy;
    }

    byte[] root() {
        return CompactRange.of(size, edge.stream().map(TreeNode::hash).toList()).root();
    }

    /** A complete subtree: its level (0 = leaf), its index along that level, and its hash. */
    record TreeNode(int level, long index, byte[] hash) {
    }
}
