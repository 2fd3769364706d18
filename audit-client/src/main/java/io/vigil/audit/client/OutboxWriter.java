package io.vigil.audit.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Inserts envelopes into {@code audit_outbox} through the application's datasource. Plain JDBC rather than an
 * entity, so a producer's Hibernate model and its schema validation never see the outbox; inside a JTA
 * transaction Agroal hands out the transaction's own connection, so the insert commits with the business change.
 */
@ApplicationScoped
class OutboxWriter {

    private static final String INSERT =
            "INSERT INTO audit_outbox (event_id, producer, envelope, created_at) VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ObjectMapper json;

    OutboxWriter(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Joins the caller's transaction and refuses to run without one: an event must not outlive a rollback. */
    @Transactional(TxType.MANDATORY)
    UUID append(AuditEnvelope envelope) {
        return insert(envelope);
    }

    /** A transaction of its own, so the record of a refused or failed attempt survives that attempt's rollback. */
    @Transactional(TxType.REQUIRES_NEW)
    UUID appendSeparately(AuditEnvelope envelope) {
        return insert(envelope);
    }

    private UUID insert(AuditEnvelope envelope) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, envelope.eventId());
            insert.setString(2, envelope.producer());
            insert.setString(3, json.writeValueAsString(envelope));
            insert.setTimestamp(4, Timestamp.from(envelope.occurredAt()));
            insert.executeUpdate();
            return envelope.eventId();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write audit event " + envelope.eventId() + " to the outbox", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit event " + envelope.eventId() + " cannot be written as JSON", e);
        }
    }
}
