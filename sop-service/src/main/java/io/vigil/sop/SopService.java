package io.vigil.sop;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.vigil.kit.problem.PreconditionFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.hibernate.exception.ConstraintViolationException;
import java.util.List;

/** The SOP use cases: define an SOP, read one, list the library. */
@ApplicationScoped
public class SopService {

    private final SopRepository sops;
    private final SopLibraryQueries queries;
    private final SopAudit audit;
    private final IdGenerator ids;
    private final Clock clock;

    public SopService(SopRepository sops, SopLibraryQueries queries, SopAudit audit, IdGenerator ids, Clock clock) {
        this.sops = sops;
        this.queries = queries;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Sop define(SopDefinition definition, Caller caller) {
        if (sops.findByKey(definition.key()).isPresent()) {
            throw new SopKeyTakenException(definition.key());
        }
        Sop sop = Sop.define(ids.next(), definition, caller.username(), clock.instant());
        try {
            sops.persistAndFlush(sop);
        } catch (ConstraintViolationException raced) {
            // a concurrent request took the key between the check and the insert
            throw new SopKeyTakenException(definition.key());
        }
        audit.sopChange("sop.define", sop).record();
        return sop;
    }

    public Sop get(String key) {
        return sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
    }

    /** Owner or admin sets audience, review interval and compliance tags; If-Match guards concurrent edits. */
    @Transactional
    public Sop govern(String key, Governance governance, OptionalLong ifMatch) {
        Sop sop = get(key);
        if (ifMatch.isPresent() && ifMatch.getAsLong() != sop.version()) {
            throw new PreconditionFailedException("SOP " + key, ifMatch.getAsLong(),
                    sop.version());
        }
        Governance before = sop.governance();
        sop.govern(governance, clock.instant());
        sops.flush();
        audit.sopChange("sop.govern", sop).change("governance", before.toString(), governance.toString()).record();
        return sop;
    }

    public List<ReviewDue> dueForReview() {
        Instant now = clock.instant();
        return queries.lastPublished().entrySet().stream()
                .flatMap(e -> ReviewDue.of(e.getKey(), e.getValue(), now).stream()).toList();
    }

    public Page<Sop> list(PageRequest page, Optional<LegalBasis> basis,
            Optional<String> category) {
        List<Sop> found = queries.list(page.after(), basis, category, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Sop> items = more ? found.subList(0, page.limit()) : found;
        return new Page<>(List.copyOf(items), more ? Cursor.encode(items.get(items.size() - 1).key()) : null);
    }
}
