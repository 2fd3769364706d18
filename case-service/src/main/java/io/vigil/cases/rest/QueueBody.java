package io.vigil.cases.rest;

import io.vigil.cases.queue.QueueKind;
import io.vigil.cases.queue.WorkQueue;
import java.time.Instant;
import java.util.UUID;

/** A queue as the API shows it. */
public record QueueBody(UUID id, String name, String domain, String region, String skill, QueueKind kind,
        Instant createdAt, long version) {

    static QueueBody from(WorkQueue q) {
        return new QueueBody(q.id(), q.name(), q.domain(), q.region(), q.skill(), q.kind(), q.createdAt(), q.version());
    }
}
