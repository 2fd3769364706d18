package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A link from this case to another, as this case sees it ({@code DUPLICATE_OF}, {@code RELATED}, ...). */
@RegisterForReflection
public record LinkedCase(UUID id, String type, UUID caseId, String ref, String title, String status, String region,
        String createdBy, Instant createdAt) {

    public String typeLabel() {
        return Display.words(type).toLowerCase(java.util.Locale.ROOT);
    }

    public String statusClass() {
        return Display.token(status);
    }

    public String statusLabel() {
        return Display.words(status);
    }

    /** A case's links, oldest first. */
    @RegisterForReflection
    public record Listing(List<LinkedCase> items) {

        public Listing {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
