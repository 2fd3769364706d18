package io.vigil.cases;

import io.vigil.cases.timeline.Timeline;
import io.vigil.cases.timeline.TimelineEntry;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading cases: one, its status history, and lists of what the caller may see. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final StatusHistory history;
    private final Timeline timeline;
    private final CaseAudit audit;

    public CaseService(CaseRepository cases, StatusHistory history, Timeline timeline, CaseAudit audit) {
        this.cases = cases;
        this.history = history;
        this.timeline = timeline;
        this.audit = audit;
    }

    public Case get(UUID id, Caller caller) {
        return cases.findVisible(id, caller.regions()).orElseThrow(() -> new CaseNotFoundException(id));
    }

    public Optional<Case> find(UUID id, Caller caller) {
        return cases.findVisible(id, caller.regions());
    }

    /** The case a command or a sensitive read is about; an unseen case is a 404 audited as denied {@code action}. */
    public Case getFor(String action, UUID id, Caller caller) {
        return cases.findVisible(id, caller.regions()).orElseThrow(() -> {
            audit.denied(action, id, null, "not-found", "no such case in the caller's regions");
            return new CaseNotFoundException(id);
        });
    }

    public List<StatusChange> history(UUID id, Caller caller) {
        return history.of(get(id, caller).id());
    }

    public Page<TimelineEntry> timeline(UUID id, PageRequest page, Caller caller) {
        get(id, caller);
        List<TimelineEntry> found = timeline.page(id, page.after().map(CaseService::cursorId), page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<TimelineEntry> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(items.get(items.size() - 1).id().toString()) : null;
        return new Page<>(List.copyOf(items), next);
    }

    public Page<Case> list(CaseFilter filter, PageRequest page, Caller caller) {
        if (caller.regions().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Optional<UUID> after = page.after().map(CaseService::cursorId);
        List<Case> found = cases.listVisible(filter, caller.regions(), after, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Case> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(items.get(items.size() - 1).id().toString()) : null;
        return new Page<>(List.copyOf(items), next);
    }

    private static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }
}
