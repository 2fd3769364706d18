package io.vigil.cases.notification;

import io.vigil.cases.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Shows each delivery attempt of a page about a case on that case's timeline. */
@ApplicationScoped
class CaseNotificationEntries {

    private final Timeline timeline;

    CaseNotificationEntries(Timeline timeline) {
        this.timeline = timeline;
    }

    void onSettled(@Observes NotificationSettled settled) {
        if (settled.subject() == NotificationSubject.CASE) {
            timeline.record(settled.subjectId(), "notification", null, settled.summary());
        }
    }
}
