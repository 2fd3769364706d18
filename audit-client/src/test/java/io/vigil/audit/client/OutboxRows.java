package io.vigil.audit.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the outbox the way an operator would, so tests check what is stored rather than what was returned. */
@ApplicationScoped
public class OutboxRows {

    private final DataSource dataSource;

    public OutboxRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> envelope(UUID eventId) throws SQLException {
        return column(eventId, "envelope").map(Object::toString);
    }

    public Optional<Long> producerSeq(UUID eventId) throws SQLException {
        return column(eventId, "producer_seq").map(v -> ((Number) v).longValue());
    }

    public boolean holds(UUID eventId) throws SQLException {
        return column(eventId, "event_id").isPresent();
    }

    public long countWithTarget(String targetId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT count(*) FROM audit_outbox WHERE envelope LIKE ?")) {
            select.setString(1, "%\"id\":\"" + targetId + "\"%");
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Holds the relay's advisory lock on a connection of its own, as another replica's relay would. */
    public Connection holdRelayLock() throws SQLException {
        Connection c = dataSource.getConnection();
        try (var lock = c.prepareStatement("SELECT pg_advisory_lock(" + OutboxStore.RELAY_LOCK + ")")) {
            lock.execute();
        }
        return c;
    }

    public void releaseRelayLock(Connection c) throws SQLException {
        try (c; var unlock = c.prepareStatement("SELECT pg_advisory_unlock(" + OutboxStore.RELAY_LOCK + ")")) {
            unlock.execute();
        }
    }

    private Optional<Object> column(UUID eventId, String column) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var select = c.prepareStatement("SELECT " + column + " FROM audit_outbox WHERE event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1)) : Optional.empty();
            }
        }
    }
}
