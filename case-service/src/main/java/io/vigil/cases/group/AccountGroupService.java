package io.vigil.cases.group;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import io.vigil.cases.RegionNotPermittedException;
import io.vigil.cases.Subject;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.PreconditionFailedException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Account groups in the caller's regions: define one, add and remove members, read them. */
@ApplicationScoped
public class AccountGroupService {

    private final AccountGroupRepository groups;
    private final AuditLog audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    AccountGroupService(AccountGroupRepository groups, AuditLog audit, Timeline timeline, IdGenerator ids,
            Clock clock) {
        this.groups = groups;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public AccountGroup create(String name, String region, String description, List<Subject> members, Caller caller) {
        if (!caller.maySee(region)) {
            audit.event("account-group.create").denied("region-not-permitted").target("account-group", "new", null)
                    .region(region).reason("region-not-permitted", "outside the caller's regions").recordSeparately();
            throw new RegionNotPermittedException(region);
        }
        AccountGroup group = new AccountGroup(ids.next(), name, region, description, caller.username(),
                clock.instant());
        members.forEach(group::add);
        groups.persist(group);
        groups.flush();
        about("account-group.create", group).change("name", null, name).record();
        return group;
    }

    /** Adds ({@code add}) or removes a member; cases referencing the group show it on their timelines. */
    @Transactional
    public AccountGroup changeMember(UUID id, Subject subject, boolean add, OptionalLong ifMatch, Caller caller) {
        String action = add ? "account-group.member-add" : "account-group.member-remove";
        AccountGroup group = get(id, caller, action);
        try {
            group.requireVersion(ifMatch);
        } catch (PreconditionFailedException stale) {
            audit.event(action).denied("stale-version").target("account-group", id.toString(), group.version())
                    .region(group.region()).reason("stale-version", stale.getMessage()).recordSeparately();
            throw stale;
        }
        if (add ? group.add(subject) : group.remove(subject)) {
            groups.flush();
            String summary = "Account group " + group.name() + (add ? ": added " : ": removed ") + subject.type()
                    + " " + subject.ref();
            groups.casesOf(id).forEach(caseId -> timeline.record(caseId, "account-group", caller.username(), summary));
            about(action, group).subject(subject.ref(), subject.type().toString())
                    .change("members", add ? null : subject.ref(), add ? subject.ref() : null).record();
        }
        return group;
    }

    public AccountGroup get(UUID id, Caller caller) {
        return groups.findVisible(id, caller.regions()).orElseThrow(() -> new AccountGroupNotFoundException(id));
    }

    public List<AccountGroup> list(Optional<String> subjectRef, int limit, Caller caller) {
        return caller.regions().isEmpty() ? List.of() : groups.listVisible(caller.regions(), subjectRef, limit);
    }

    AccountGroup get(UUID id, Caller caller, String action) {
        return groups.findVisible(id, caller.regions()).orElseThrow(() -> {
            audit.event(action).denied("not-found").target("account-group", id.toString(), null)
                    .reason("not-found", "no such group in the caller's regions").recordSeparately();
            return new AccountGroupNotFoundException(id);
        });
    }

    private AuditEventBuilder about(String action, AccountGroup group) {
        AuditEventBuilder event = audit.event(action).target("account-group", group.id().toString(), group.version())
                .region(group.region());
        group.members().forEach(m -> event.subject(m.ref(), m.type().toString()));
        return event;
    }
}
