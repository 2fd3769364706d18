package io.vigil.cases;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The case use cases: open a case from a report, read one, list what the caller may see. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final PriorityPolicy priorities;
    private final IdGenerator ids;
    private final Clock clock;

    public CaseService(CaseRepository cases, PriorityPolicy priorities, IdGenerator ids, Clock clock) {
        this.cases = cases;
        this.priorities = priorities;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Case open(CaseReport report, Caller caller) {
        if (!caller.maySee(report.region())) {
            throw new RegionNotPermittedException(report.region());
        }
        Instant now = clock.instant();
        String ref = "TS-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), cases.nextRefNumber());
        Case opened = Case.open(ids.next(), ref, report,
                priorities.priorityOf(report.severity(), report.source()), caller.username(), now);
        cases.persist(opened);
        return opened;
    }

    public Case get(UUID id, Caller caller) {
        return cases.findVisible(id, caller.regions()).orElseThrow(() -> new CaseNotFoundException(id));
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
