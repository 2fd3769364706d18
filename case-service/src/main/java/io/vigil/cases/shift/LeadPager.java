package io.vigil.cases.shift;

import io.vigil.cases.notification.Notification;
import io.vigil.cases.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pages the lead on shift through the notification outbox, in the caller's transaction. The most specific roster
 * wins: a queue's own leads before the region-wide ones for a case; region-wide leads before queue leads for an
 * incident. With nobody on shift the page still goes out (naming no one), so the receiver's own escalation
 * policy can take over.
 */
@ApplicationScoped
public class LeadPager {

    private final ShiftRepository shifts;
    private final Notifications notifications;
    private final Clock clock;

    LeadPager(ShiftRepository shifts, Notifications notifications, Clock clock) {
        this.shifts = shifts;
        this.notifications = notifications;
        this.clock = clock;
    }

    public Paged page(Alert alert) {
        List<String> leads = leadsFor(alert, clock.instant());
        if (!notifications.enabled()) {
            return new Paged(leads, Optional.empty());
        }
        Notification queued = notifications.enqueue(alert.subject(), alert.subjectId(),
                String.join(",", alert.regions()), alert.event(), leads, alert.data());
        return new Paged(leads, Optional.of(queued));
    }

    private List<String> leadsFor(Alert alert, Instant now) {
        Set<String> leads = new LinkedHashSet<>();
        for (String region : alert.regions()) {
            List<Shift> onDuty = shifts.onDuty(region, alert.queueId(), now).stream()
                    .filter(s -> s.role() == ShiftRole.LEAD).toList();
            boolean queueFirst = alert.queueId().isPresent();
            List<Shift> preferred = onDuty.stream().filter(s -> (s.queueId() != null) == queueFirst).toList();
            (preferred.isEmpty() ? onDuty : preferred).forEach(s -> leads.add(s.person()));
        }
        return List.copyOf(leads);
    }
}
