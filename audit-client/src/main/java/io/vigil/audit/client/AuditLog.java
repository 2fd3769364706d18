package io.vigil.audit.client;

import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The entry point a producer injects: {@code audit.event("case.transition").target("case", id, 4L).record()}.
 * Ids are UUIDv7 and times come from the injected clock, so tests control both.
 */
@ApplicationScoped
public class AuditLog {

    private final OutboxWriter outbox;
    private final AuditContext context;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditClientConfig config;

    AuditLog(OutboxWriter outbox, AuditContext context, IdGenerator ids, Clock clock, AuditClientConfig config) {
        this.outbox = outbox;
        this.context = context;
        this.ids = ids;
        this.clock = clock;
        this.config = config;
    }

    /** Starts an event for the dotted action verb, for example {@code enforcement.approve}. */
    public AuditEventBuilder event(String action) {
        String producer = config.producer();
        EventOrigin origin = new EventOrigin(ids.next(), producer, clock.instant(), context.actor(producer),
                context.correlationId(), context.traceId());
        return new AuditEventBuilder(outbox, origin, action);
    }
}
