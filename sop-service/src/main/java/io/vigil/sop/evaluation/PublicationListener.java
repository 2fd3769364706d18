package io.vigil.sop.evaluation;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vigil.sop.config.SopConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears other replicas' publications (PostgreSQL LISTEN on its own connection, outside the pool) and forgets the
 * schedule of the SOP concerned. Notifications sent while it is not connected are lost, so each time it
 * (re)connects it forgets every schedule; the cache's TTL bounds staleness while it is down.
 */
@ApplicationScoped
public class PublicationListener {

    private static final Logger LOG = Logger.getLogger(PublicationListener.class);
    private static final int POLL_MILLIS = 1_000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final EffectiveVersions effective;
    private final boolean enabled;
    private final String url;
    private final Properties credentials = new Properties();
    private volatile boolean running;
    private Thread thread;

    public PublicationListener(EffectiveVersions effective, SopConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.effective = effective;
        this.enabled = config.effectiveCache().listen();
        this.url = url;
        username.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
    }

    void start(@Observes StartupEvent started) {
        if (enabled) {
            running = true;
            thread = new Thread(this::listen, "sop-publication-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long backoff = POLL_MILLIS;
        while (running) {
            try (Connection connection = new Driver().connect(url, credentials)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + PublicationChannel.NAME);
                }
                effective.forgetAll();
                backoff = POLL_MILLIS;
                receive(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                effective.forgetAll();
                if (running) {
                    LOG.warnf("Not listening for SOP publications (%s); retrying in %d ms, schedules expire after"
                            + " their TTL meanwhile", e.getMessage(), backoff);
                    backoff = pause(backoff);
                }
            }
        }
    }

    private void receive(PGConnection connection) throws SQLException {
        while (running) {
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    effective.forget(notification.getParameter());
                }
            }
        }
    }

    private long pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return Math.min(millis * 2, MAX_BACKOFF_MILLIS);
    }
}
