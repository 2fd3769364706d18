package io.vigil.cases.shift;

import io.vigil.cases.notification.Notification;
import java.util.List;
import java.util.Optional;

/** What paging did: the leads found on duty and the queued notification, if a receiver is configured. */
public record Paged(List<String> leads, Optional<Notification> notification) {

    /** The timeline's sentence. */
    public String summary(String event) {
        String who = leads.isEmpty() ? "the webhook (no lead on shift)" : "on-shift lead " + String.join(", ", leads);
        return notification.map(n -> "Page " + event + " queued for " + who)
                .orElse("Not paged: no notification webhook is configured" + (leads.isEmpty() ? "" : " (on shift: "
                        + String.join(", ", leads) + ")"));
    }
}
