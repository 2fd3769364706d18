package io.vigil.cases.notification;

/** What a notification is about; its delivery state is shown on that case's or incident's timeline. */
public enum NotificationSubject {
    CASE, INCIDENT
}
