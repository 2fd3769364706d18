package io.vigil.audit.client;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes how far delivery lags: undelivered events and the age of the oldest one. The relay refreshes the
 * figures each cycle, so a scrape never queries the database.
 */
@ApplicationScoped
class OutboxLag {

    private final Clock clock;
    private volatile Snapshot last = new Snapshot(0, null);

    OutboxLag(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        Gauge.builder("vigil.audit.outbox.pending", this, OutboxLag::pending)
                .description("Audit events in the outbox not yet acknowledged by audit-service")
                .register(registry);
        Gauge.builder("vigil.audit.outbox.oldest.age", this, OutboxLag::oldestAgeSeconds)
                .description("Age of the oldest undelivered audit event").baseUnit("seconds")
                .register(registry);
    }

    void update(Snapshot snapshot) {
        last = snapshot;
    }

    double pending() {
        return last.pending();
    }

    double oldestAgeSeconds() {
        Instant oldest = last.oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** The outbox at one moment: how many events wait and when the oldest was written. */
    record Snapshot(long pending, Instant oldest) {
    }
}
