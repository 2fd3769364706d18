package io.vigil.audit.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** The monthly partitions of {@code event} with what retention needs to know of each, and their purge. */
@ApplicationScoped
public class Partitions {

    private static final Pattern NAME = Pattern.compile("event_(\\d{4})_(\\d{2})");

    private final DataSource dataSource;

    public Partitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Partition> list() throws SQLException {
        List<Partition> partitions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet names = c.createStatement().executeQuery(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " WHERE i.inhparent = 'event'::regclass ORDER BY c.relname")) {
            while (names.next()) {
                Matcher m = NAME.matcher(names.getString(1));
                if (m.matches()) {
                    partitions.add(describe(c, m.group(0),
                            YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
                }
            }
        }
        return partitions;
    }

    /** The highest signed tree size: a partition is sealed once a checkpoint covers its last seq. */
    long checkpointedSize() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet row = c.createStatement().executeQuery("SELECT coalesce(max(tree_size), 0) FROM checkpoint")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Records what goes, then detaches and drops the partition, in the caller's transaction. */
    void purge(Partition p, String by, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO purged_partition (partition_name, first_seq,"
                    + " last_seq, events, purged_at, purged_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, p.name());
                insert.setLong(2, p.firstSeq());
                insert.setLong(3, p.lastSeq());
                insert.setLong(4, p.events());
                insert.setTimestamp(5, Timestamp.from(at));
                insert.setString(6, by);
                insert.executeUpdate();
            }
            try (PreparedStatement drop = c.prepareStatement("SELECT audit_purge_partition(?)")) {
                drop.setString(1, p.name());
                drop.execute();
            }
        }
    }

    private static Partition describe(Connection c, String name, YearMonth month) throws SQLException {
        // The name matched NAME, so it is safe to splice into the statement.
        try (ResultSet row = c.createStatement().executeQuery("SELECT min(seq), max(seq), count(*),"
                + " array_agg(DISTINCT split_part(action, '.', 1)) FROM " + name)) {
            row.next();
            Array classes = row.getArray(4);
            return new Partition(name, month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), row.getLong(1),
                    row.getLong(2), row.getLong(3),
                    classes == null ? List.of() : Arrays.stream((Object[]) classes.getArray()).map(String::valueOf).toList());
        }
    }

    /** One month of events. */
    record Partition(String name, Instant from, Instant to, long firstSeq, long lastSeq, long events,
            List<String> eventClasses) {
    }
}
