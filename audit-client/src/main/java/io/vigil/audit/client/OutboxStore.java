package io.vigil.audit.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The relay's SQL, on one connection the relay holds for a whole cycle (its advisory lock is session-level). */
final class OutboxStore {

    /** Any constant works as long as every producer's relay uses the same one; this is "vigil-ob" in ASCII. */
    static final long RELAY_LOCK = 0x7669676967696c6fL;

    private final Connection connection;

    OutboxStore(Connection connection) {
        this.connection = connection;
    }

    boolean tryLock() throws SQLException {
        return queryBoolean("SELECT pg_try_advisory_lock(" + RELAY_LOCK + ")");
    }

    void unlock() throws SQLException {
        queryBoolean("SELECT pg_advisory_unlock(" + RELAY_LOCK + ")");
    }

    /**
     * Numbers committed, unnumbered events per producer, continuing from the stored high-water mark. Only the
     * lock holder numbers, so business transactions never wait on a counter row; an event that commits late
     * simply gets a later number, which keeps each producer's sequence gapless.
     */
    int assignProducerSeqs(int limit) throws SQLException {
        Map<String, List<Long>> byProducer = unnumbered(limit);
        for (var entry : byProducer.entrySet()) {
            long next = nextSeq(entry.getKey());
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_outbox SET producer_seq = ? WHERE id = ?")) {
                for (long id : entry.getValue()) {
                    update.setLong(1, next++);
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            execute("UPDATE audit_outbox_sequence SET next_seq = ? WHERE producer = ?", next, entry.getKey());
        }
        connection.commit();
        return byProducer.values().stream().mapToInt(List::size).sum();
    }

    private Map<String, List<Long>> unnumbered(int limit) throws SQLException {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, producer FROM audit_outbox WHERE producer_seq IS NULL ORDER BY id LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.computeIfAbsent(rows.getString(2), p -> new ArrayList<>()).add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private long nextSeq(String producer) throws SQLException {
        execute("INSERT INTO audit_outbox_sequence (producer, next_seq) VALUES (?, 0) ON CONFLICT DO NOTHING", producer);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT next_seq FROM audit_outbox_sequence WHERE producer = ?")) {
            select.setString(1, producer);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Numbered events not yet acknowledged, oldest number first, so retries resend the same numbers. */
    List<PendingEvent> numbered(int limit) throws SQLException {
        List<PendingEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT event_id, producer_seq, envelope"
                + " FROM audit_outbox WHERE producer_seq IS NOT NULL ORDER BY producer, producer_seq LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new PendingEvent(rows.getObject(1, UUID.class), rows.getLong(2), rows.getString(3)));
                }
            }
        }
        connection.commit();
        return events;
    }

    /** Forgets delivered events: audit-service holds them now, and the sequence table keeps the high-water mark. */
    void remove(List<PendingEvent> delivered) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_outbox WHERE event_id = ANY(?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", delivered.stream().map(PendingEvent::eventId).toArray()));
            delete.executeUpdate();
        }
        connection.commit();
    }

    /** How many events wait and since when, for the lag gauges. */
    OutboxLag.Snapshot lag() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*), min(created_at) FROM audit_outbox");
             ResultSet row = select.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            OutboxLag.Snapshot snapshot = new OutboxLag.Snapshot(row.getLong(1), oldest == null ? null : oldest.toInstant());
            connection.commit();
            return snapshot;
        }
    }

    private boolean queryBoolean(String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            boolean value = row.getBoolean(1);
            connection.commit();
            return value;
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }

    /** One numbered event as stored: the envelope JSON still lacks its producerSeq. */
    record PendingEvent(UUID eventId, long producerSeq, String envelope) {
    }
}
