package io.vigil.audit.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vigil.audit.config.AuditConfig;
import io.vigil.audit.verify.note.Checkpoint;
import io.quarkus.runtime.StartupEvent;
import io.vigil.audit.log.GroupCommit.Submission;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The log's single writer. Leadership is a session-level PostgreSQL advisory lock held on one connection for as
 * long as this instance leads; a standby instance tries to take it every interval and wins as soon as the
 * leader's session ends (crash, kill, network loss), which is DESIGN.md section 10's hot standby.
 *
 * <p>While it leads, ingest requests hand their events to its appending thread ({@link GroupCommit}), which appends
 * all requests waiting at that moment in one transaction and answers them after the commit; the scheduled tick
 * drains the ingest queue (events a standby or audit-service itself queued) and signs checkpoints.
 */
@ApplicationScoped
public class Sequencer {

    /** "vigil-sq" in ASCII: the one lock every audit-service instance of this database contends for. */
    static final long LEADER_LOCK = 0x7669676967696c71L;
    private static final Logger LOG = Logger.getLogger(Sequencer.class);

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final LogKey key;
    private final Clock clock;
    private final String origin;
    private final int batchSize;
    private final Duration checkpointInterval;
    private final GroupCommit groups = new GroupCommit();
    private volatile boolean running;
    private Thread appending;
    private volatile Connection leader;
    private LogAppender appender;
    private Instant lastCheckpoint = Instant.EPOCH;
    private long lastCheckpointSize;

    public Sequencer(DataSource dataSource, ObjectMapper json, LogKey key, Clock clock, AuditConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.key = key;
        this.clock = clock;
        this.origin = config.origin();
        this.batchSize = config.sequencer().batchSize();
        this.checkpointInterval = config.sequencer().checkpointInterval();
    }

    @Scheduled(identity = "audit-sequencer", every = "${vigil.audit.sequencer.interval:200ms}",
            concurrentExecution = ConcurrentExecution.SKIP)
    synchronized void tick() {
        try {
            if (leader == null && !takeLead()) {
                return;
            }
            while (appender.append(batchSize, now()) > 0) {
                checkpointIfDue();
            }
            checkpointIfDue();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("sequencer steps down after a failure: %s", e.getMessage());
            resign();
        }
    }

    /** Whether this instance currently holds the sequencer lock. */
    public boolean leading() {
        return leader != null;
    }

    /**
     * Appends the entries now if this instance leads, returning once they are committed: for each entry whether it
     * was new (false: the log already held its eventId). Empty when they were not appended here, so the caller queues
     * them instead (this instance is a standby, lost the lead meanwhile, or the append failed).
     */
    Optional<boolean[]> appendIfLeading(List<LogEntry> entries) {
        if (leader == null || !running) {
            return Optional.empty();
        }
        try {
            return groups.submit(entries);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    void start(@Observes StartupEvent started) {
        running = true;
        appending = new Thread(this::appendGroups, "audit-sequencer-append");
        appending.setDaemon(true);
        appending.start();
    }

    private void appendGroups() {
        while (running) {
            try {
                List<Submission> group = groups.next(100, Math.max(batchSize, 1));
                if (!group.isEmpty()) {
                    append(group);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        groups.refuseWaiting();
    }

    private synchronized void append(List<Submission> group) {
        if (leader == null) {
            group.forEach(Submission::refuse);
            return;
        }
        List<LogEntry> entries = new ArrayList<>();
        group.forEach(s -> entries.addAll(s.entries()));
        try {
            boolean[] fresh = appender.appendNew(entries, now());
            int from = 0;
            for (Submission s : group) {
                s.appended(Arrays.copyOfRange(fresh, from, from + s.entries().size()));
                from += s.entries().size();
            }
            checkpointIfDue();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("sequencer steps down after a failure: %s", e.getMessage());
            resign();
        } finally {
            group.forEach(Submission::refuse); // no-op for those already answered
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (appending != null) {
            appending.interrupt();
        }
        groups.refuseWaiting();
        resign();
    }

    /** Gives up the lead, as a stopping or failing instance does, so a standby can take over. */
    public synchronized void resign() {
        if (leader != null) {
            try (Connection c = leader) {
                c.rollback();
                try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(" + LEADER_LOCK + ")")) {
                    unlock.execute();
                }
            } catch (SQLException e) {
                LOG.debugf("closing the sequencer connection: %s", e.getMessage());
            }
        }
        leader = null;
        appender = null;
    }

    private boolean takeLead() throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_lock(" + LEADER_LOCK + ")");
             ResultSet row = lock.executeQuery()) {
            row.next();
            if (!row.getBoolean(1)) {
                c.close();
                return false;
            }
        }
        try {
            c.setAutoCommit(false);
            appender = new LogAppender(c, json);
            lastCheckpointSize = new LogRows(c).lastCheckpointSize();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            leader = c;
            resign(); // releases the lock before the connection goes back to the pool
            throw e;
        }
        leader = c;
        LOG.infof("this instance now sequences the log from seq %d", appender.size());
        return true;
    }

    private void checkpointIfDue() throws SQLException {
        Instant now = clock.instant();
        if (appender.size() > lastCheckpointSize && !now.isBefore(lastCheckpoint.plus(checkpointInterval))) {
            byte[] root = appender.root();
            String note = Checkpoint.of(origin, appender.size(), root).sign(key.signer());
            new LogRows(leader).insertCheckpoint(appender.size(), root, note, now);
            lastCheckpoint = now;
            lastCheckpointSize = appender.size();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
