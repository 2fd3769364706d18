package io.vigil.audit.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Export jobs in {@code export_job}, and the seq range a time range maps to. */
@ApplicationScoped
public class ExportJobs {

    private final DataSource dataSource;

    public ExportJobs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    ExportJob create(UUID id, Instant from, Instant to, String requestedBy, Instant now) {
        update("INSERT INTO export_job (id, range_from, range_to, status, requested_by, created_at)"
                + " VALUES (?, ?, ?, 'RUNNING', ?, ?)", id, Timestamp.from(from), Timestamp.from(to), requestedBy,
                Timestamp.from(now));
        return new ExportJob(id, from, to, "RUNNING", null, null, null);
    }

    Optional<ExportJob> find(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT range_from, range_to, status, first_seq, tree_size, error FROM export_job WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ExportJob(id, row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant(),
                        row.getString(3), row.getObject(4, Long.class), row.getObject(5, Long.class), row.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read export " + id, e);
        }
    }

    /** The events recorded in {@code [from, to)}, cut at the last signed tree size inside them. */
    ExportRange range(Connection c, Instant from, Instant to) throws SQLException {
        // Events, not leaves: seqs whose partition retention purged have no envelope left to export.
        try (PreparedStatement select = c.prepareStatement("SELECT min(seq), (SELECT max(tree_size) FROM checkpoint"
                + " WHERE tree_size > min(l.seq) AND tree_size <= max(l.seq) + 1) FROM event l"
                + " WHERE recorded_at >= ? AND recorded_at < ?")) {
            select.setTimestamp(1, Timestamp.from(from));
            select.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Long first = row.getObject(1, Long.class);
                Long size = row.getObject(2, Long.class);
                if (first == null || size == null) {
                    throw new IllegalStateException("no signed checkpoint covers an event recorded in that range yet");
                }
                refuseHoles(c, first, size);
                return new ExportRange(first, size);
            }
        }
    }

    private static void refuseHoles(Connection c, long first, long size) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT partition_name FROM purged_partition"
                + " WHERE first_seq < ? AND last_seq >= ?")) {
            select.setLong(1, size);
            select.setLong(2, first);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    throw new IllegalStateException("the range spans " + row.getString(1)
                            + ", which retention purged; export the ranges on either side of it");
                }
            }
        }
    }

    void finish(UUID id, ExportRange range) {
        update("UPDATE export_job SET status = 'DONE', first_seq = ?, tree_size = ? WHERE id = ?", range.firstSeq(),
                range.treeSize(), id);
    }

    void fail(UUID id, String error) {
        update("UPDATE export_job SET status = 'FAILED', error = ? WHERE id = ?", String.valueOf(error), id);
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update export_job", e);
        }
    }
}
