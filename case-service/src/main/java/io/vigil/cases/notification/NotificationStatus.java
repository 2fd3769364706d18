package io.vigil.cases.notification;

/** PENDING until the receiver acknowledges (DELIVERED) or the retries run out (FAILED). */
public enum NotificationStatus {
    PENDING, DELIVERED, FAILED
}
