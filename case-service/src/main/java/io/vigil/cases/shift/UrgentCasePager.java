package io.vigil.cases.shift;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.UrgentCaseEscalated;
import io.vigil.cases.notification.NotificationSubject;
import io.vigil.cases.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pages the on-shift lead about an urgent escalation, in the escalating transaction. The body names the case by id
 * and reference with its priority, domain, category and region, not its title or description: the receiver is a
 * paging system outside Vigil, and the lead opens the case in the console.
 */
@ApplicationScoped
class UrgentCasePager {

    static final String EVENT = "case.escalated";

    private final LeadPager pager;
    private final Timeline timeline;
    private final CaseAudit audit;

    UrgentCasePager(LeadPager pager, Timeline timeline, CaseAudit audit) {
        this.pager = pager;
        this.timeline = timeline;
        this.audit = audit;
    }

    void onEscalation(@Observes UrgentCaseEscalated escalated) {
        Case kase = escalated.kase();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", kase.id().toString());
        data.put("ref", kase.ref());
        data.put("priority", kase.priority().name());
        data.put("domain", kase.domain());
        data.put("category", kase.category());
        data.put("queueId", kase.queueId() == null ? null : kase.queueId().toString());
        data.put("reason", escalated.reason());
        Paged paged = pager.page(new Alert(NotificationSubject.CASE, kase.id(), EVENT,
                new TreeSet<>(Set.of(kase.region())), Optional.ofNullable(kase.queueId()), data));
        timeline.record(kase.id(), "notification", null, paged.summary(EVENT));
        var event = audit.about("case.notify", kase).givenReason(EVENT, escalated.reason())
                .change("notifications", null, paged.notification().map(n -> n.id().toString()).orElse(null));
        if (paged.notification().isEmpty()) {
            event.failed("no-webhook");
        }
        event.record();
    }
}
