package io.vigil.cases.appeal;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.queue.QueueKind;
import io.vigil.cases.queue.QueueRepository;
import io.vigil.cases.queue.QueueSpec;
import io.vigil.cases.queue.WorkQueue;
import io.vigil.kit.id.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Finds the appeals queue for an appeal's region and domain. The migrations create one per domain and region the
 * suite knows; for any other combination the first appeal creates {@code <domain>-<region>-APPEALS}, so an appeal is
 * never left unqueued. Creation is serialised per name, so two first appeals cannot both create it.
 */
@ApplicationScoped
public class AppealQueues {

    private final QueueRepository queues;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    AppealQueues(QueueRepository queues, AuditLog audit, IdGenerator ids, Clock clock) {
        this.queues = queues;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    UUID queueFor(String region, String domain) {
        return queues.findAppealsQueue(region, domain).map(WorkQueue::id).orElseGet(() -> create(region, domain));
    }

    private UUID create(String region, String domain) {
        String name = domain + "-" + region + "-APPEALS";
        queues.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:name, 2))")
                .setParameter("name", name).getSingleResult();
        return queues.findAppealsQueue(region, domain).map(WorkQueue::id).orElseGet(() -> {
            WorkQueue queue = new WorkQueue(ids.next(), new QueueSpec(queues.nameTaken(name, new UUID(0, 0))
                    ? name + "-" + ids.next() : name, domain, region, "appeals", QueueKind.APPEALS), clock.instant());
            queues.persistAndFlush(queue);
            audit.event("queue.create").target("queue", queue.id().toString(), queue.version()).region(region)
                    .reason("appeals-queue", "first appeal in " + domain + "/" + region)
                    .change("name", null, queue.name()).record();
            return queue.id();
        });
    }
}
