package io.vigil.audit.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vigil.audit.client.IngestClient.DeliveryException;
import io.vigil.audit.client.OutboxStore.PendingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Moves audit events from the outbox to audit-service: at least once (an event leaves the outbox only after a
 * 202) and never twice in effect (audit-service ignores an eventId it already holds). One relay per database is
 * active at a time, through a session-level PostgreSQL advisory lock, so any number of replicas is safe.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final IngestClient ingest;
    private final OutboxLag lag;
    private final ObjectMapper json;
    private final Clock clock;
    private final int batchSize;
    private final Backoff backoff;

    OutboxRelay(DataSource dataSource, IngestClient ingest, OutboxLag lag, ObjectMapper json, Clock clock,
            AuditClientConfig config) {
        this.dataSource = dataSource;
        this.ingest = ingest;
        this.lag = lag;
        this.json = json;
        this.clock = clock;
        this.batchSize = Math.min(config.relay().batchSize(), 1000);
        this.backoff = new Backoff(config.relay().initialBackoff(), config.relay().maxBackoff());
    }

    @Scheduled(identity = "vigil-audit-outbox-relay", every = "${vigil.audit-client.relay.interval:1s}",
            delayed = "${vigil.audit-client.relay.delay:2s}", concurrentExecution = ConcurrentExecution.SKIP)
    void onSchedule() {
        if (backoff.ready(clock.instant())) {
            relay();
        }
    }

    /** Runs one cycle: number, send and remove up to one batch. Returns what happened, for tests and logs. */
    public synchronized RelayResult relay() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            OutboxStore store = new OutboxStore(connection);
            lag.update(store.lag());
            if (!store.tryLock()) {
                return RelayResult.SKIPPED;
            }
            try {
                return deliverBatch(store);
            } finally {
                store.unlock();
            }
        } catch (SQLException e) {
            LOG.warnf("audit outbox relay cannot reach its database: %s", e.getMessage());
            backoff.failed(clock.instant());
            return RelayResult.FAILED;
        }
    }

    private RelayResult deliverBatch(OutboxStore store) throws SQLException {
        store.assignProducerSeqs(batchSize);
        List<PendingEvent> batch = store.numbered(batchSize);
        if (batch.isEmpty()) {
            return RelayResult.IDLE;
        }
        try {
            ingest.deliver(toJson(batch));
        } catch (DeliveryException e) {
            LOG.warnf("audit outbox relay keeps %d events for retry in %s: %s", batch.size(),
                    backoff.failed(clock.instant()), e.getMessage());
            return RelayResult.FAILED;
        }
        backoff.succeeded();
        store.remove(batch);
        lag.update(store.lag());
        return RelayResult.DELIVERED;
    }

    private String toJson(List<PendingEvent> batch) {
        ArrayNode array = json.createArrayNode();
        try {
            for (PendingEvent event : batch) {
                ObjectNode envelope = (ObjectNode) json.readTree(event.envelope());
                envelope.put("producerSeq", event.producerSeq());
                array.add(envelope);
            }
            return json.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row holds an envelope that is not JSON", e);
        }
    }

    /** The outcome of one relay cycle. */
    public enum RelayResult {
        /** Another instance holds the relay lock. */
        SKIPPED,
        /** Nothing was waiting. */
        IDLE,
        /** A batch was acknowledged and removed. */
        DELIVERED,
        /** Nothing was removed; the batch is retried after a backoff. */
        FAILED
    }
}
