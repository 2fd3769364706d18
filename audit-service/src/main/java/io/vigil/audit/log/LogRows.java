package io.vigil.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.audit.log.LogAppender.Appended;
import io.vigil.audit.log.LogAppender.Queued;
import io.vigil.audit.log.TreeFrontier.TreeNode;
import java.sql.Array;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The sequencer's SQL: batched inserts into the append-only tables and the queue it drains. */
final class LogRows {

    private static final String INSERT_LEAF = "INSERT INTO leaf (seq, event_id, leaf_hash, producer, producer_seq,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO event (seq, recorded_at, event_id, producer, occurred_at,"
            + " action, outcome, actor_ref, target_type, target_id, region, sop_key, sop_version, envelope,"
            + " subject_refs) VALUES (?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    void insert(List<Appended> appended, List<TreeNode> nodes, Timestamp recordedAt) throws SQLException {
        try (PreparedStatement leaf = connection.prepareStatement(INSERT_LEAF);
             PreparedStatement event = connection.prepareStatement(INSERT_EVENT);
             PreparedStatement node = connection.prepareStatement("INSERT INTO tree_node (level, idx, hash) VALUES (?, ?, ?)")) {
            for (Appended a : appended) {
                JsonNode e = a.envelope();
                setAll(leaf, a.seq(), a.queued().eventId(), a.leafHash(), e.get("producer").asText(),
                        e.get("producerSeq").asLong(), recordedAt);
                leaf.addBatch();
                setAll(event, a.seq(), recordedAt, a.queued().eventId(), e.get("producer").asText(),
                        e.get("occurredAt").asText(), e.get("action").asText(), e.at("/outcome/status").asText(),
                        text(e, "/actor/ref"), text(e, "/target/type"), text(e, "/target/id"), text(e, "/region"),
                        text(e, "/sop/key"), e.at("/sop/version").isMissingNode() ? null : e.at("/sop/version").asInt(),
                        a.queued().envelope(), subjectRefs(e));
                event.addBatch();
            }
            for (TreeNode n : nodes) {
                setAll(node, n.level(), n.index(), n.hash());
                node.addBatch();
            }
            leaf.executeBatch();
            event.executeBatch();
            node.executeBatch();
        }
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

    /** subjects[].ref and the sealed payload's subjectRef, for the subject filter and data-subject access. */
    private Array subjectRefs(JsonNode envelope) throws SQLException {
        Set<String> refs = new LinkedHashSet<>();
        envelope.path("subjects").forEach(s -> refs.add(s.path("ref").asText()));
        String sealedFor = text(envelope, "/payload/subjectRef");
        if (sealedFor != null) {
            refs.add(sealedFor);
        }
        return refs.isEmpty() ? null : connection.createArrayOf("text", refs.toArray());
    }

    private static String text(JsonNode envelope, String pointer) {
        JsonNode value = envelope.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
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
