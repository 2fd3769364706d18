package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An investigator's markdown note on a case. */
@RegisterForReflection
public record Note(UUID id, String author, String body, Instant createdAt) {

    public String created() {
        return Display.time(createdAt);
    }

    /** A case's notes, oldest first. */
    @RegisterForReflection
    public record Listing(List<Note> items) {

        public Listing {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
