package io.vigil.cases.shift;

import io.vigil.cases.notification.NotificationSubject;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;

/**
 * Something the on-shift lead must hear about now: what it concerns, in which regions (and queue), under which event
 * name, with the facts the receiver gets in the webhook body's {@code data}.
 */
public record Alert(NotificationSubject subject, UUID subjectId, String event, SortedSet<String> regions,
        Optional<UUID> queueId, Map<String, Object> data) {
}
