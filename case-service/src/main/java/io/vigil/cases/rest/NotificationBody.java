package io.vigil.cases.rest;

import io.vigil.cases.notification.Notification;
import io.vigil.cases.notification.NotificationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page to the on-shift lead and its delivery state, as a case's or an incident's notifications list shows it. */
public record NotificationBody(UUID id, String event, List<String> recipients, NotificationStatus status,
        int attempts, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt,
        String lastError) {

    static NotificationBody from(Notification n) {
        return new NotificationBody(n.id(), n.event(), n.recipients(), n.status(), n.attempts(), n.createdAt(),
                n.lastAttemptAt(), n.nextAttemptAt(), n.deliveredAt(), n.lastError());
    }
}
