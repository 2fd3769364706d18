package io.vigil.cases.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import io.vigil.cases.notification.WebhookSender.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers the notification outbox. Due rows are leased in a short transaction (SKIP LOCKED, so replicas split the
 * work), sent with no transaction open, and each outcome is recorded in a transaction of its own. Delivery is at
 * least once: a sender that dies between sending and recording leaves the lease to expire and the row is sent
 * again under the same {@code webhook-id}, which receivers use to drop duplicates.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private final Notifications notifications;
    private final WebhookSender sender;
    private final AuditLog audit;
    private final Event<NotificationSettled> settled;
    private final Clock clock;
    private final Optional<URI> url;
    private final Optional<WebhookSignature> signature;
    private final RetrySchedule schedule;
    private final int batch;
    private final Duration lease;

    NotificationDispatcher(Notifications notifications, WebhookSender sender, AuditLog audit,
            Event<NotificationSettled> settled, Clock clock, NotificationConfig config) {
        this.notifications = notifications;
        this.sender = sender;
        this.audit = audit;
        this.settled = settled;
        this.clock = clock;
        this.url = config.webhook().url();
        this.signature = config.webhook().secret().filter(s -> !s.isBlank()).map(WebhookSignature::new);
        this.schedule = new RetrySchedule(config.initialBackoff(), config.maxBackoff(), config.maxAttempts());
        this.batch = config.batchSize();
        // Longer than a whole batch of attempts that all time out, so a live sender never loses its lease.
        this.lease = config.timeout().multipliedBy(batch + 1L);
    }

    /** A receiver without a secret would get unsigned pages: refuse to start rather than send them. */
    void checkAtStart(@Observes StartupEvent start) {
        if (url.isPresent() && signature.isEmpty()) {
            throw new IllegalStateException("vigil.cases.notifications.webhook.url is set but the webhook secret"
                    + " (VIGIL_NOTIFY_WEBHOOK_SECRET) is not");
        }
    }

    @Scheduled(identity = "vigil-notification-dispatch",
            every = "${vigil.cases.notifications.dispatch-interval:2s}", concurrentExecution = ConcurrentExecution.SKIP)
    void onSchedule() {
        dispatch();
    }

    /** One cycle; returns how many notifications it attempted, so callers and tests can tell when it is idle. */
    public int dispatch() {
        if (url.isEmpty() || signature.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Notification> due = QuarkusTransaction.requiringNew()
                .call(() -> notifications.leaseDue(now, batch, now.plus(lease)));
        for (Notification notification : due) {
            Attempt attempt = sender.send(url.get(), signature.get(), notification);
            QuarkusTransaction.requiringNew().run(() -> record(notification.id(), attempt));
        }
        return due.size();
    }

    private void record(UUID id, Attempt attempt) {
        Notification notification = notifications.findById(id);
        Instant now = clock.instant();
        boolean gaveUp = !attempt.delivered() && notification.failed(attempt.error(), now, schedule);
        if (attempt.delivered()) {
            notification.delivered(now);
        }
        notifications.flush();
        settled.fire(NotificationSettled.of(notification));
        AuditEventBuilder event = audit.event("notification.deliver")
                .target("notification", id.toString(), notification.version()).region(notification.region())
                .reason(notification.event(), notification.subjectType().name().toLowerCase(Locale.ROOT) + " "
                        + notification.subjectId())
                .change("status", NotificationStatus.PENDING.name(), notification.status().name());
        if (!attempt.delivered()) {
            event.failed(gaveUp ? "gave-up" : "attempt-failed");
        }
        event.record();
    }
}
