package io.vigil.audit.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.audit.log.TreeFrontier.TreeNode;
import io.vigil.audit.verify.merkle.TreeHasher;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appends queued events to the log on the leader's connection: gapless seqs, RFC 9162 leaf hashes
 * SHA-256(0x00 || canonical envelope), the tree nodes they complete, all in one transaction per batch.
 */
final class LogAppender {

    private final Connection connection;
    private final ObjectMapper json;
    private final TreeHasher hasher = TreeHasher.create();
    private final LogRows rows;
    private final TreeFrontier frontier;
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

    /** Appends up to {@code limit} queued events stamped {@code now}; returns how many were appended. */
    int append(int limit, Instant now) throws SQLException {
        List<Queued> queued = rows.queued(limit);
        if (queued.isEmpty()) {
            connection.rollback();
            return 0;
        }
        // The bundle verifier requires recordedAt never to run backwards along seq, even if the clock does.
        Instant recordedAt = now.isAfter(lastRecordedAt) ? now : lastRecordedAt;
        rows.ensurePartition(recordedAt);
        List<Appended> appended = new ArrayList<>();
        List<TreeNode> nodes = new ArrayList<>();
        for (Queued q : queued.stream().filter(q -> !q.alreadyLogged()).toList()) {
            byte[] leafHash = hasher.hashLeaf(q.envelope().getBytes(StandardCharsets.UTF_8));
            appended.add(new Appended(frontier.size(), q, leafHash, fields(q.envelope())));
            nodes.addAll(frontier.append(leafHash));
        }
        rows.insert(appended, nodes, Timestamp.from(recordedAt));
        rows.dequeue(queued);
        connection.commit();
        lastRecordedAt = recordedAt;
        return appended.size();
    }

    long size() {
        return frontier.size();
    }

    byte[] root() {
        return frontier.root();
    }

    private JsonNode fields(String envelope) {
        try {
            return json.readTree(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a queued envelope is not JSON", e);
        }
    }

    /** A queued envelope; {@code alreadyLogged} when a redelivery raced past ingest's duplicate check. */
    record Queued(long id, UUID eventId, String envelope, boolean alreadyLogged) {
    }

    /** An event with its seq and leaf hash, ready to insert. */
    record Appended(long seq, Queued queued, byte[] leafHash, JsonNode envelope) {
    }
}
