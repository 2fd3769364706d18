package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.UUID;

/** A work queue of the user's regions; {@code LEAD} queues hold what was escalated to leads. */
@RegisterForReflection
public record Queue(UUID id, String name, String domain, String region, String skill, String kind) {

    public boolean isLeadQueue() {
        return "LEAD".equals(kind);
    }

    /** The queues GET /api/queues answers. */
    @RegisterForReflection
    public record Listing(List<Queue> items) {

        public Listing {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** One queue's waiting count: GET /api/queues/{id}/waiting. */
    @RegisterForReflection
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record WaitingCount(UUID queueId, long waiting) {
    }

    /** Every queue's waiting count: GET /api/queues/waiting. */
    @RegisterForReflection
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record WaitingList(List<WaitingCount> items) {

        public WaitingList {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
