package io.vigil.audit.log;

import io.vigil.audit.verify.merkle.NodeSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads complete-subtree hashes from PostgreSQL: level 0 from {@code leaf}, higher levels from {@code tree_node}. */
public final class StoredTree implements NodeSource {

    private final Connection connection;

    public StoredTree(Connection connection) {
        this.connection = connection;
    }

    @Override
    public byte[] node(int level, long index) {
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

    /** Number of leaves stored. */
    long size() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(seq) + 1, 0) FROM leaf");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
