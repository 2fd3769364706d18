package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A task on a case, typed in or generated from an SOP step ({@code sop} is then set). */
@RegisterForReflection
public record Task(UUID id, String title, String status, SopOrigin sop, String createdBy, Instant createdAt,
        String completedBy, Instant completedAt) {

    public boolean isDone() {
        return "DONE".equals(status);
    }

    public String completed() {
        return Display.time(completedAt);
    }

    /** The SOP step a task was generated from. */
    @RegisterForReflection
    public record SopOrigin(String key, int version, int step) {
    }

    /** A case's tasks, oldest first. */
    @RegisterForReflection
    public record Listing(List<Task> items) {

        public Listing {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public long open() {
            return items.stream().filter(t -> !t.isDone()).count();
        }
    }
}
