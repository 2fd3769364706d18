package io.vigil.audit.log;

import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Records audit-service's own events (auditor queries, denied requests, erasures, holds, purges) through the same
 * ingest queue every producer uses, in the caller's transaction, so the log also says who looked at it.
 */
@ApplicationScoped
public class SelfAudit {

    public static final String PRODUCER = "audit-service";
    // Taken in the transaction that queues the event: a rollback returns the number, so producerSeq stays gapless.
    private static final String NEXT_SEQ = "INSERT INTO producer_counter (producer, next_seq) VALUES (?, 1)"
            + " ON CONFLICT (producer) DO UPDATE SET next_seq = producer_counter.next_seq + 1 RETURNING next_seq - 1";

    private final DataSource dataSource;
    private final IngestService ingest;
    private final IdGenerator ids;
    private final Clock clock;

    public SelfAudit(DataSource dataSource, IngestService ingest, IdGenerator ids, Clock clock) {
        this.dataSource = dataSource;
        this.ingest = ingest;
        this.ids = ids;
        this.clock = clock;
    }

    /** Queues the event; returns its eventId. */
    @Transactional
    public UUID record(SelfEvent event) {
        IngestEnvelope envelope = new IngestEnvelope(ids.next(), PRODUCER, nextSeq(), clock.instant(), event.actor(),
                event.action(), event.outcome(), event.target(), null, event.reason(), null, null, null,
                event.subjects(), null, null, null);
        ingest.enqueue(List.of(envelope));
        return envelope.eventId();
    }

    private long nextSeq() {
        try (Connection c = dataSource.getConnection(); PreparedStatement next = c.prepareStatement(NEXT_SEQ)) {
            next.setString(1, PRODUCER);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot number audit-service's own event", e);
        }
    }
}
