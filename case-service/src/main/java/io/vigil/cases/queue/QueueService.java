package io.vigil.cases.queue;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.RegionNotPermittedException;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** Leads and admins define the queues of their regions; everyone with case access lists them. */
@ApplicationScoped
public class QueueService {

    private final QueueRepository queues;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    QueueService(QueueRepository queues, AuditLog audit, IdGenerator ids, Clock clock) {
        this.queues = queues;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public WorkQueue create(QueueSpec spec, Caller caller) {
        requireRegion(spec.region(), caller);
        WorkQueue queue = new WorkQueue(ids.next(), spec, clock.instant());
        requireFreeName(spec.name(), queue.id());
        queues.persistAndFlush(queue);
        audit.event("queue.create").target("queue", queue.id().toString(), queue.version()).region(queue.region())
                .change("name", null, queue.name()).record();
        return queue;
    }

    @Transactional
    public WorkQueue update(UUID id, QueueSpec spec, OptionalLong ifMatch, Caller caller) {
        WorkQueue queue = get(id, caller);
        queue.requireVersion(ifMatch);
        requireRegion(spec.region(), caller);
        requireFreeName(spec.name(), id);
        String before = queue.name() + "/" + queue.region() + "/" + queue.kind();
        queue.change(spec);
        queues.flush();
        audit.event("queue.update").target("queue", id.toString(), queue.version()).region(queue.region())
                .change("queue", before, spec.name() + "/" + spec.region() + "/" + spec.kind()).record();
        return queue;
    }

    /** Deleting a queue leaves its cases unqueued (the foreign key is not enforced on cases), never lost. */
    @Transactional
    public void delete(UUID id, OptionalLong ifMatch, Caller caller) {
        WorkQueue queue = get(id, caller);
        queue.requireVersion(ifMatch);
        queues.getEntityManager().createNativeQuery("update risk_case set queue_id = null where queue_id = :q")
                .setParameter("q", id).executeUpdate();
        queues.delete(queue);
        audit.event("queue.delete").target("queue", id.toString(), queue.version()).region(queue.region())
                .change("name", queue.name(), null).record();
    }

    public WorkQueue get(UUID id, Caller caller) {
        return queues.findVisible(id, caller.regions()).orElseThrow(() -> new QueueNotFoundException(id));
    }

    public List<WorkQueue> list(Caller caller) {
        return caller.regions().isEmpty() ? List.of() : queues.listVisible(caller.regions());
    }

    private static void requireRegion(String region, Caller caller) {
        if (!caller.maySee(region)) {
            throw new RegionNotPermittedException(region);
        }
    }

    private void requireFreeName(String name, UUID id) {
        if (queues.nameTaken(name, id)) {
            throw new ConflictException("queue-name-taken", "A queue named " + name + " already exists");
        }
    }
}
