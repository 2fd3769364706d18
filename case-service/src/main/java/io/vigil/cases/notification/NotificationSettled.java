package io.vigil.cases.notification;

import java.util.List;
import java.util.UUID;

/**
 * Fired (synchronously, in the transaction that records it) after each delivery attempt, so the case or incident
 * the page was about can show its delivery on its timeline without this package knowing either.
 */
public record NotificationSettled(UUID notificationId, NotificationSubject subject, UUID subjectId, String event,
        List<String> recipients, NotificationStatus status, int attempts, String error) {

    static NotificationSettled of(Notification n) {
        return new NotificationSettled(n.id(), n.subjectType(), n.subjectId(), n.event(), n.recipients(), n.status(),
                n.attempts(), n.lastError());
    }

    /** The timeline's sentence for this attempt. */
    public String summary() {
        String what = "Page " + event + " to " + (recipients.isEmpty() ? "the webhook" : String.join(", ", recipients));
        return switch (status) {
            case DELIVERED -> what + " delivered (attempt " + attempts + ")";
            case FAILED -> what + " failed after " + attempts + " attempts, given up: " + error;
            case PENDING -> what + " attempt " + attempts + " failed, retrying: " + error;
        };
    }
}
