package io.vigil.audit.log;

import io.vigil.audit.verify.merkle.NodeSource;
import io.vigil.audit.verify.merkle.TreeHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads complete-subtree hashes from PostgreSQL: level 0 from {@code leaf}, levels from {@link #LOWEST_STORED_LEVEL}
 * up from {@code tree_node}, and the few levels between rehashed from their (at most 2^3) leaves, which costs a proof
 * less than storing those nodes costs every append (they would be 15 of every 16 rows of {@code tree_node}).
 */
public final class StoredTree implements NodeSource {

    /** Interior nodes below this level are not stored; older logs may hold some, which are simply not read. */
    public static final int LOWEST_STORED_LEVEL = 4;

    private final TreeHasher hasher = TreeHasher.create();

    private final Connection connection;

    public StoredTree(Connection connection) {
        this.connection = connection;
    }

    @Override
    public byte[] node(int level, long index) {
        if (level > 0 && level < LOWEST_STORED_LEVEL) {
            return rehashed(level, index);
        }
        String sql = level == 0 ? "SELECT leaf_hash FROM leaf WHERE seq = ?"
                : "SELECT hash FROM tree_node WHERE idx = ? AND level = " + level;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, index);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the stored tree lacks node " + level + "/" + index);
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read tree node " + level + "/" + index, e);
        }
    }

    private byte[] rehashed(int level, long index) {
        List<byte[]> leaves = new ArrayList<>(1 << level);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT leaf_hash FROM leaf WHERE seq >= ? AND seq < ? ORDER BY seq")) {
            select.setLong(1, index << level);
            select.setLong(2, (index + 1) << level);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    leaves.add(rows.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the leaves under tree node " + level + "/" + index, e);
        }
        if (leaves.size() != 1 << level) {
            throw new IllegalStateException("the stored tree lacks leaves under node " + level + "/" + index);
        }
        while (leaves.size() > 1) {
            List<byte[]> up = new ArrayList<>(leaves.size() / 2);
            for (int i = 0; i < leaves.size(); i += 2) {
                up.add(hasher.hashChildren(leaves.get(i), leaves.get(i + 1)));
            }
            leaves = up;
        }
        return leaves.get(0);
    }

    /** Number of leaves stored. */
    long size() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(seq) + 1, 0) FROM leaf");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
