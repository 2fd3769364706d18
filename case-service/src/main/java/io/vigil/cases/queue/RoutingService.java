package io.vigil.cases.queue;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.Priority;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Leads and admins add and remove routing rules; the rule's queue must be one they can see. */
@ApplicationScoped
public class RoutingService {

    private final RoutingRules rules;
    private final QueueService queues;
    private final AuditLog audit;
    private final IdGenerator ids;

    RoutingService(RoutingRules rules, QueueService queues, AuditLog audit, IdGenerator ids) {
        this.rules = rules;
        this.queues = queues;
        this.audit = audit;
        this.ids = ids;
    }

    /** The criteria of a new rule; unset ones match anything. */
    public record RuleSpec(int rank, String domain, String category, String region, Priority minPriority,
            UUID queueId) {
    }

    @Transactional
    public RoutingRule add(RuleSpec spec, Caller caller) {
        WorkQueue queue = queues.get(spec.queueId(), caller);
        RoutingRule rule = new RoutingRule(ids.next(), spec.rank(), spec.domain(), spec.category(), spec.region(),
                spec.minPriority(), queue.id());
        rules.persistAndFlush(rule);
        audit.event("routing-rule.create").target("routing-rule", rule.id().toString(), rule.version())
                .region(queue.region()).change("queueId", null, queue.id().toString()).record();
        return rule;
    }

    @Transactional
    public void remove(UUID id, Caller caller) {
        RoutingRule rule = rules.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Routing rule", id));
        WorkQueue queue = queues.get(rule.queueId(), caller);
        rules.delete(rule);
        audit.event("routing-rule.delete").target("routing-rule", id.toString(), rule.version())
                .region(queue.region()).change("queueId", queue.id().toString(), null).record();
    }

    public List<RoutingRule> list() {
        return rules.ranked();
    }
}
