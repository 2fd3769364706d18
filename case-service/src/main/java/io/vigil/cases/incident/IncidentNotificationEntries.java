package io.vigil.cases.incident;

import io.vigil.cases.notification.NotificationSettled;
import io.vigil.cases.notification.NotificationSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Shows each delivery attempt of a page about an incident on the incident's timeline. */
@ApplicationScoped
class IncidentNotificationEntries {

    private final IncidentTimeline timeline;

    IncidentNotificationEntries(IncidentTimeline timeline) {
        this.timeline = timeline;
    }

    void onSettled(@Observes NotificationSettled settled) {
        if (settled.subject() == NotificationSubject.INCIDENT) {
            timeline.record(settled.subjectId(), "notification", null, settled.summary());
        }
    }
}
