package io.vigil.audit.query;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.Target;
import io.vigil.audit.log.LoggedEvent;
import io.vigil.audit.log.SelfAudit;
import io.vigil.audit.log.SelfEvent;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Auditor queries, each recorded in the log in the same transaction that answers it: no answer without a trace. */
@ApplicationScoped
public class EventQueries {

    private final EventSearch search;
    private final SelfAudit audit;

    public EventQueries(EventSearch search, SelfAudit audit) {
        this.search = search;
        this.audit = audit;
    }

    @Transactional
    public Page<LoggedEvent> search(EventFilter filter, PageRequest page, Actor auditor) {
        audit.record(SelfEvent.success(auditor, "audit.query", new Target("audit-log", "events", null),
                "auditor-query", filter.describe() + " limit=" + page.limit()));
        return search.search(filter, page);
    }
}
