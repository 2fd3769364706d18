package io.vigil.audit.log;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vigil.audit.privacy.PayloadSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accepts envelopes idempotently by eventId. On the leading instance a producer's batch is appended to the log by the
 * sequencer before the answer (sharing a commit with whatever other producers sent meanwhile); otherwise it is queued
 * durably, with no lock shared with other producers, for the leader to append.
 */
@ApplicationScoped
public class IngestService {

    // ON CONFLICT covers events still queued; NOT EXISTS covers those already sequenced (and so dequeued).
    private static final String ENQUEUE = "INSERT INTO ingest_queue (event_id, envelope, received_at)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM leaf WHERE event_id = ?) ON CONFLICT DO NOTHING";

    private final DataSource dataSource;
    private final Clock clock;
    private final PayloadSeal seal;
    private final Sequencer sequencer;

    public IngestService(DataSource dataSource, Clock clock, PayloadSeal seal, Sequencer sequencer) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.seal = seal;
        this.sequencer = sequencer;
    }

    /** A producer's batch: checked by {@link EnvelopeRules}, then appended now or queued. */
    public IngestResult ingest(List<IngestEnvelope> envelopes) {
        EnvelopeRules.check(envelopes);
        List<LogEntry> entries = entries(envelopes);
        Optional<boolean[]> appended = sequencer.appendIfLeading(entries);
        if (appended.isPresent()) {
            int accepted = 0;
            for (boolean fresh : appended.get()) {
                accepted += fresh ? 1 : 0;
            }
            return new IngestResult(accepted, entries.size() - accepted);
        }
        return QuarkusTransaction.joiningExisting().call(() -> queue(entries));
    }

    /** Queues envelopes in the caller's transaction, for events that must commit or roll back with it. */
    @Transactional
    public IngestResult enqueue(List<IngestEnvelope> envelopes) {
        return queue(entries(envelopes));
    }

    /**
     * Each envelope as it will be stored and hashed: personal data sealed first so it never reaches the log in the
     * clear, then RFC 8785 canonical JSON, made once and reused for the leaf hash and the row.
     */
    private List<LogEntry> entries(List<IngestEnvelope> envelopes) {
        List<LogEntry> entries = new ArrayList<>(envelopes.size());
        for (IngestEnvelope envelope : envelopes) {
            IngestEnvelope sealed = seal.seal(envelope);
            entries.add(LogEntry.of(sealed, CanonicalEnvelope.of(sealed)));
        }
        return entries;
    }

    private IngestResult queue(List<LogEntry> entries) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement enqueue = connection.prepareStatement(ENQUEUE)) {
            for (LogEntry entry : entries) {
                enqueue.setObject(1, entry.eventId());
                enqueue.setString(2, entry.envelope());
                enqueue.setTimestamp(3, now);
                enqueue.setObject(4, entry.eventId());
                enqueue.addBatch();
            }
            int accepted = 0;
            for (int count : enqueue.executeBatch()) {
                accepted += count;
            }
            return new IngestResult(accepted, entries.size() - accepted);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue " + entries.size() + " audit events", e);
        }
    }
}
