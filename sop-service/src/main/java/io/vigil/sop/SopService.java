package io.vigil.sop;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.hibernate.exception.ConstraintViolationException;
import java.util.List;

/** The SOP use cases: define an SOP, read one, list the library. */
@ApplicationScoped
public class SopService {

    private final SopRepository sops;
    private final SopAudit audit;
    private final IdGenerator ids;
    private final Clock clock;

    public SopService(SopRepository sops, SopAudit audit, IdGenerator ids, Clock clock) {
        this.sops = sops;
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

    public Page<Sop> list(PageRequest page) {
        List<Sop> found = sops.listAfter(page.after(), page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Sop> items = more ? found.subList(0, page.limit()) : found;
        return new Page<>(List.copyOf(items), more ? Cursor.encode(items.get(items.size() - 1).key()) : null);
    }
}
