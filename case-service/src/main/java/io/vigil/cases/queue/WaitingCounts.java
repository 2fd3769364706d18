package io.vigil.cases.queue;

import io.vigil.cases.CaseRepository;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How much work waits in the caller's queues: the unassigned open cases claim-next would hand out, counted in one
 * grouped query instead of paging through a queue's cases.
 */
@ApplicationScoped
public class WaitingCounts {

    private final QueueService queues;
    private final CaseRepository cases;

    WaitingCounts(QueueService queues, CaseRepository cases) {
        this.queues = queues;
        this.cases = cases;
    }

    /** One queue's count: the queue must be visible to the caller (else not found, like the queue itself). */
    public Waiting of(UUID queueId, Caller caller) {
        WorkQueue queue = queues.get(queueId, caller);
        return new Waiting(queue, cases.countClaimable(Set.of(queue.id()), caller.regions())
                .getOrDefault(queue.id(), 0L));
    }

    /** Every queue of the caller's regions with its count, by name (zero where nothing waits). */
    public List<Waiting> ofAll(Caller caller) {
        List<WorkQueue> visible = queues.list(caller);
        Map<UUID, Long> counts = cases.countClaimable(visible.stream().map(WorkQueue::id).toList(),
                caller.regions());
        return visible.stream().map(q -> new Waiting(q, counts.getOrDefault(q.id(), 0L))).toList();
    }

    /** A queue and how many cases wait in it. */
    public record Waiting(WorkQueue queue, long count) {
    }
}
