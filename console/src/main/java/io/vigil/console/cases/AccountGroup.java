package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.UUID;

/** A set of related subjects investigated and enforced together, and the visible cases working on it. */
@RegisterForReflection
public record AccountGroup(UUID id, String name, String region, String description, List<Subject> members,
        List<UUID> caseIds) {

    public AccountGroup {
        members = members == null ? List.of() : List.copyOf(members);
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    /** The groups a case works on. */
    @RegisterForReflection
    public record Listing(List<AccountGroup> items) {

        public Listing {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
