package io.vigil.audit.log;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Publishes how fresh the log is: the age and size of the latest signed checkpoint, the events accepted but not yet
 * sequenced (and the age of the oldest), and whether this instance leads. Read from the database every few
 * seconds rather than per scrape, and on every instance, so a standby reports a stalled leader too.
 */
@Startup
@Singleton
public class LogGauges {

    private static final Logger LOG = Logger.getLogger(LogGauges.class);

    private final DataSource dataSource;
    private final Clock clock;
    private volatile Snapshot last = new Snapshot(null, 0, 0, null);

    public LogGauges(DataSource dataSource, Clock clock, Sequencer sequencer, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        Gauge.builder("vigil.audit.checkpoint.age", this, g -> g.age(g.last.checkpointSignedAt()))
                .description("Seconds since the latest checkpoint was signed").baseUnit("seconds").register(registry);
        Gauge.builder("vigil.audit.log.size", this, g -> g.last.logSize())
                .description("Events the latest signed checkpoint commits to").baseUnit("events").register(registry);
        Gauge.builder("vigil.audit.sequencer.lag", this, g -> g.last.queued())
                .description("Events accepted but not yet sequenced").baseUnit("events").register(registry);
        Gauge.builder("vigil.audit.sequencer.lag.age", this, g -> g.age(g.last.oldestQueued()))
                .description("Seconds the oldest unsequenced event has waited").baseUnit("seconds").register(registry);
        Gauge.builder("vigil.audit.sequencer.leading", sequencer, s -> s.leading() ? 1 : 0)
                .description("1 when this instance holds the sequencer lock, 0 on a standby").register(registry);
    }

    @Scheduled(identity = "audit-log-gauges", every = "5s")
    void refresh() {
        try (Connection c = dataSource.getConnection();
             ResultSet row = c.createStatement().executeQuery("SELECT (SELECT signed_at FROM checkpoint ORDER BY tree_size"
                     + " DESC LIMIT 1), (SELECT coalesce(max(tree_size), 0) FROM checkpoint), count(*), min(received_at)"
                     + " FROM ingest_queue")) {
            row.next();
            last = new Snapshot(instant(row.getTimestamp(1)), row.getLong(2), row.getLong(3),
                    instant(row.getTimestamp(4)));
        } catch (SQLException e) {
            LOG.warnf("cannot refresh the log gauges: %s", e.getMessage());
        }
    }

    private double age(Instant since) {
        return since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The figures at the last refresh. */
    private record Snapshot(Instant checkpointSignedAt, long logSize, long queued, Instant oldestQueued) {
    }
}
