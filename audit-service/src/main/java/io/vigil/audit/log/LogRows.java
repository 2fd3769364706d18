package io.vigil.audit.log;

import io.vigil.audit.log.LogAppender.Queued;
import io.vigil.audit.log.TreeFrontier.TreeNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The sequencer's SQL: batched inserts into the append-only tables and the queue it drains. */
final class LogRows {

    // One statement for a batch's leaves and events: arrays bound as parameters and unnested once, one round trip,
    // instead of a statement per row and table.
    private static final String INSERT_LEAVES_AND_EVENTS = "WITH t AS (SELECT * FROM unnest(?::bigint[], ?::uuid[],"
            + " ?::bytea[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::int[], ?::text[], ?::text[])"
            + " AS t(s, e, h, p, ps, o, a, oc, ar, tt, ti, r, sk, sv, env, sr)),"
            + " l AS (INSERT INTO leaf (seq, event_id, leaf_hash, producer, producer_seq, recorded_at)"
            + " SELECT s, e, h, p, ps, ? FROM t)"
            + " INSERT INTO event (seq, recorded_at, event_id, producer, occurred_at, action, outcome, actor_ref,"
            + " target_type, target_id, region, sop_key, sop_version, envelope, subject_refs)"
            + " SELECT s, ?, e, p, o::timestamptz, a, oc, ar, tt, ti, r, sk, sv, env, sr::text[] FROM t";
    private static final String INSERT_NODES = "INSERT INTO tree_node (level, idx, hash)"
            + " SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::bytea[])";

    private final Connection connection;
    private YearMonth partition;

    LogRows(Connection connection) {
        this.connection = connection;
    }

    Instant lastRecordedAt() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT max(recorded_at) FROM leaf");
             ResultSet row = select.executeQuery()) {
            row.next();
            Timestamp last = row.getTimestamp(1);
            return last == null ? Instant.EPOCH : last.toInstant();
        }
    }

    List<Queued> queued(int limit) throws SQLException {
        List<Queued> queued = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT q.id, q.event_id, q.envelope,"
                + " l.seq IS NOT NULL FROM ingest_queue q LEFT JOIN leaf l USING (event_id) ORDER BY q.id LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    queued.add(new Queued(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getBoolean(4)));
                }
            }
        }
        return queued;
    }

    void ensurePartition(Instant at) throws SQLException {
        YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
        if (!month.equals(partition)) {
            try (PreparedStatement ensure = connection.prepareStatement("SELECT audit_ensure_partition(?)")) {
                ensure.setTimestamp(1, Timestamp.from(at));
                ensure.execute();
            }
            partition = month;
        }
    }

    /** Inserts the entries as seqs {@code firstSeq...} with their leaf hashes, then the stored tree nodes. */
    void insert(long firstSeq, List<LogEntry> entries, List<byte[]> leafHashes, List<TreeNode> nodes,
            Timestamp recordedAt) throws SQLException {
        int n = entries.size();
        Long[] seqs = new Long[n];
        UUID[] ids = new UUID[n];
        String[][] text = new String[11][n];
        Long[] producerSeqs = new Long[n];
        Integer[] sopVersions = new Integer[n];
        for (int i = 0; i < n; i++) {
            LogEntry e = entries.get(i);
            seqs[i] = firstSeq + i;
            ids[i] = e.eventId();
            producerSeqs[i] = e.producerSeq();
            sopVersions[i] = e.sopVersion();
            String[] row = {e.producer(), e.occurredAt(), e.action(), e.outcome(), e.actorRef(), e.targetType(),
                e.targetId(), e.region(), e.sopKey(), e.envelope(), arrayLiteral(e.subjectRefs())};
            for (int c = 0; c < row.length; c++) {
                text[c][i] = row[c];
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LEAVES_AND_EVENTS)) {
            insert.setArray(1, connection.createArrayOf("bigint", seqs));
            insert.setArray(2, connection.createArrayOf("uuid", ids));
            insert.setArray(3, connection.createArrayOf("bytea", leafHashes.toArray(new byte[0][])));
            insert.setArray(4, connection.createArrayOf("text", text[0]));
            insert.setArray(5, connection.createArrayOf("bigint", producerSeqs));
            for (int c = 1; c < 9; c++) {
                insert.setArray(5 + c, connection.createArrayOf("text", text[c]));
            }
            insert.setArray(14, connection.createArrayOf("int4", sopVersions));
            insert.setArray(15, connection.createArrayOf("text", text[9]));
            insert.setArray(16, connection.createArrayOf("text", text[10]));
            insert.setTimestamp(17, recordedAt);
            insert.setTimestamp(18, recordedAt);
            insert.executeUpdate();
        }
        insertNodes(nodes);
    }

    private void insertNodes(List<TreeNode> nodes) throws SQLException {
        if (nodes.isEmpty()) {
            return;
        }
        Short[] levels = new Short[nodes.size()];
        Long[] indexes = new Long[nodes.size()];
        byte[][] hashes = new byte[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            levels[i] = (short) nodes.get(i).level();
            indexes[i] = nodes.get(i).index();
            hashes[i] = nodes.get(i).hash();
        }
        try (PreparedStatement node = connection.prepareStatement(INSERT_NODES)) {
            node.setArray(1, connection.createArrayOf("int2", levels));
            node.setArray(2, connection.createArrayOf("bigint", indexes));
            node.setArray(3, connection.createArrayOf("bytea", hashes));
            node.executeUpdate();
        }
    }

    /** The event ids among {@code ids} that already have a leaf: the single writer reads, then appends the rest. */
    Set<UUID> logged(Collection<UUID> ids) throws SQLException {
        Set<UUID> logged = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT event_id FROM leaf WHERE event_id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    logged.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return logged;
    }

    void dequeue(List<Queued> queued) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ingest_queue WHERE id = ANY(?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", queued.stream().map(Queued::id).toArray()));
            delete.executeUpdate();
        }
    }

    void insertCheckpoint(long size, byte[] root, String note, Instant signedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO checkpoint (tree_size, root_hash, note,"
                + " signed_at) VALUES (?, ?, ?, ?) ON CONFLICT (tree_size) DO NOTHING")) {
            setAll(insert, size, root, note, Timestamp.from(signedAt));
            insert.executeUpdate();
        }
        connection.commit();
    }

    long lastCheckpointSize() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(tree_size), 0) FROM checkpoint");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A PostgreSQL array literal ({@code {"A-1","A-2"}}) for one row's subject refs, or null when it has none. */
    static String arrayLiteral(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder literal = new StringBuilder(values.size() * 16).append('{');
        for (int i = 0; i < values.size(); i++) {
            literal.append(i == 0 ? "\"" : ",\"");
            String v = values.get(i);
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private static void setAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.OTHER);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }
}
