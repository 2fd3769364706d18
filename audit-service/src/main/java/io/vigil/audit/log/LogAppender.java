package io.vigil.audit.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.audit.log.TreeFrontier.TreeNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Appends events to the log on the leader's connection: gapless seqs, RFC 9162 leaf hashes
 * SHA-256(0x00 || canonical envelope), the tree nodes they complete, all in one transaction per batch.
 */
final class LogAppender {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection connection;
    private final ObjectMapper json;
    private final LogRows rows;
    private TreeFrontier frontier;
    private Instant lastRecordedAt;

    LogAppender(Connection connection, ObjectMapper json) throws SQLException {
        this.connection = connection;
        this.json = json;
        this.rows = new LogRows(connection);
        StoredTree stored = new StoredTree(connection);
        this.frontier = TreeFrontier.of(stored, stored.size());
        this.lastRecordedAt = rows.lastRecordedAt();
        connection.commit();
    }

    /** Appends up to {@code limit} events from the ingest queue stamped {@code now}; returns how many were appended. */
    int append(int limit, Instant now) throws SQLException {
        List<Queued> queued = rows.queued(limit);
        if (queued.isEmpty()) {
            connection.rollback();
            return 0;
        }
        List<LogEntry> entries = new ArrayList<>(queued.size());
        for (Queued q : queued) {
            if (!q.alreadyLogged()) {
                entries.add(entry(q));
            }
        }
        Instant recordedAt = write(entries, now);
        rows.dequeue(queued);
        commit(recordedAt);
        return entries.size();
    }

    /**
     * Appends the entries the log does not hold yet (by eventId, also within the list) in one transaction, stamped
     * {@code now}; returns for each entry whether it was appended (false: a duplicate). Redelivery is rare, so the
     * entries are first appended as they are and the log's unique eventId is the check; only when it refuses are the
     * ones already logged looked up and left out.
     */
    boolean[] appendNew(List<LogEntry> entries, Instant now) throws SQLException {
        Set<UUID> seen = new HashSet<>();
        boolean[] appended = new boolean[entries.size()];
        List<LogEntry> fresh = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (seen.add(entries.get(i).eventId())) {
                appended[i] = true;
                fresh.add(entries.get(i));
            }
        }
        TreeFrontier before = frontier.copy();
        try {
            commit(write(fresh, now));
            return appended;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback();
            frontier = before;
        }
        Set<UUID> logged = rows.logged(fresh.stream().map(LogEntry::eventId).toList());
        for (int i = 0; i < entries.size(); i++) {
            appended[i] = appended[i] && !logged.contains(entries.get(i).eventId());
        }
        fresh.removeIf(e -> logged.contains(e.eventId()));
        commit(write(fresh, now));
        return appended;
    }

    long size() {
        return frontier.size();
    }

    byte[] root() {
        return frontier.root();
    }

    private Instant write(List<LogEntry> entries, Instant now) throws SQLException {
        // The bundle verifier requires recordedAt never to run backwards along seq, even if the clock does.
        Instant recordedAt = now.isAfter(lastRecordedAt) ? now : lastRecordedAt;
        if (entries.isEmpty()) {
            return recordedAt;
        }
        rows.ensurePartition(recordedAt);
        long firstSeq = frontier.size();
        List<byte[]> leafHashes = new ArrayList<>(entries.size());
        List<TreeNode> stored = new ArrayList<>();
        for (LogEntry e : entries) {
            leafHashes.add(e.leafHash());
            for (TreeNode node : frontier.append(e.leafHash())) {
                if (node.level() >= StoredTree.LOWEST_STORED_LEVEL) {
                    stored.add(node);
                }
            }
        }
        rows.insert(firstSeq, entries, leafHashes, stored, Timestamp.from(recordedAt));
        return recordedAt;
    }

    private void commit(Instant recordedAt) throws SQLException {
        connection.commit();
        lastRecordedAt = recordedAt;
    }

    private LogEntry entry(Queued q) {
        try {
            return LogEntry.of(q.eventId(), json.readTree(q.envelope()), q.envelope());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a queued envelope is not JSON", e);
        }
    }

    /** A queued envelope; {@code alreadyLogged} when a redelivery raced past ingest's duplicate check. */
    record Queued(long id, UUID eventId, String envelope, boolean alreadyLogged) {
    }
}
