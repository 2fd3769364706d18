package io.vigil.audit.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.audit.privacy.PayloadSeal;
import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.JsonReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * Accepts envelopes into the ingest queue, idempotently by eventId: one multi-row statement per batch, no lock
 * shared with other producers, so concurrent producers insert in parallel and the sequencer batches them.
 */
@ApplicationScoped
public class IngestService {

    // ON CONFLICT covers events still queued; NOT EXISTS covers those already sequenced (and so dequeued).
    private static final String ENQUEUE = "INSERT INTO ingest_queue (event_id, envelope, received_at)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM leaf WHERE event_id = ?) ON CONFLICT DO NOTHING";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final PayloadSeal seal;

    public IngestService(DataSource dataSource, ObjectMapper json, Clock clock, PayloadSeal seal) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.seal = seal;
    }

    @Transactional
    public IngestResult ingest(List<IngestEnvelope> envelopes) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement enqueue = connection.prepareStatement(ENQUEUE)) {
            for (IngestEnvelope envelope : envelopes) {
                enqueue.setObject(1, envelope.eventId());
                enqueue.setString(2, canonical(envelope));
                enqueue.setTimestamp(3, now);
                enqueue.setObject(4, envelope.eventId());
                enqueue.addBatch();
            }
            int accepted = 0;
            for (int count : enqueue.executeBatch()) {
                accepted += count;
            }
            return new IngestResult(accepted, envelopes.size() - accepted);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue " + envelopes.size() + " audit events", e);
        }
    }

    /**
     * The envelope as it will be stored and hashed: RFC 8785 canonical JSON of what was validated, with personal data
     * sealed first so it never reaches the log in the clear.
     */
    private String canonical(IngestEnvelope envelope) {
        try {
            return CanonicalJson.toText(JsonReader.parse(json.writeValueAsString(seal.seal(envelope))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("envelope " + envelope.eventId() + " cannot be written as JSON", e);
        }
    }
}
