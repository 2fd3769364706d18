package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One thing that happened to a case: a status change, a claim, a note, evidence collected or viewed. */
@RegisterForReflection
public record TimelineEntry(UUID id, String kind, String actor, Instant at, String summary) {

    public String when() {
        return Display.time(at);
    }

    /** One keyset page of a case's timeline, oldest first. */
    @RegisterForReflection
    public record Page(List<TimelineEntry> items, String nextCursor) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasMore() {
            return nextCursor != null && !nextCursor.isBlank();
        }
    }
}
