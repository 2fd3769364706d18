package io.vigil.cases.rest;

import io.vigil.cases.timeline.TimelineEntry;
import java.time.Instant;
import java.util.UUID;

/** One timeline entry as the API shows it. */
public record TimelineBody(UUID id, String kind, String actor, Instant at, String summary) {

    static TimelineBody from(TimelineEntry entry) {
        return new TimelineBody(entry.id(), entry.kind(), entry.actor(), entry.at(), entry.summary());
    }
}
