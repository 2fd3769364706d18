package io.vigil.cases.queue;

import io.vigil.cases.Case;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Places a new case: the first routing rule that matches and names a queue of the case's region wins; without
 * one, a standard queue of the region for the case's domain, then any standard queue of the region.
 */
@ApplicationScoped
public class Router {

    private final RoutingRules rules;
    private final QueueRepository queues;

    Router(RoutingRules rules, QueueRepository queues) {
        this.rules = rules;
        this.queues = queues;
    }

    public Optional<UUID> route(Case kase) {
        return rules.ranked().stream().filter(rule -> rule.matches(kase)).map(rule -> queues.findById(rule.queueId()))
                .filter(queue -> queue != null && queue.region().equals(kase.region())).map(WorkQueue::id)
                .findFirst().or(() -> fallback(kase));
    }

    private Optional<UUID> fallback(Case kase) {
        return queues.find("kind = ?1 and region = ?2 order by case when domain = ?3 then 0 "
                + "when domain is null then 1 else 2 end, name", QueueKind.STANDARD, kase.region(), kase.domain())
                .firstResultOptional().filter(q -> q.domain() == null || q.domain().equals(kase.domain()))
                .map(WorkQueue::id);
    }
}
