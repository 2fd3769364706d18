package io.vigil.cases.rest;

import io.vigil.cases.group.AccountGroup;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account group as the API shows it, with the cases (visible to the caller) that work on it. */
public record AccountGroupBody(UUID id, String name, String region, String description, List<SubjectBody> members,
        List<UUID> caseIds, String createdBy, Instant createdAt, long version) {

    static AccountGroupBody from(AccountGroup g, List<UUID> caseIds) {
        return new AccountGroupBody(g.id(), g.name(), g.region(), g.description(),
                g.members().stream().map(SubjectBody::from).toList(), caseIds, g.createdBy(), g.createdAt(),
                g.version());
    }

    /** Groups, newest first. */
    public record GroupList(List<AccountGroupBody> items) {
    }
}
