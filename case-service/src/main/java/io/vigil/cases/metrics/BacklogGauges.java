package io.vigil.cases.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prometheus gauges of open cases per queue and SLA state, refreshed from one grouped query. Queues are
 * user-defined, so tags stay bounded: past {@code max-queues} distinct names, the rest count under "other".
 */
@ApplicationScoped
public class BacklogGauges {

    static final String OTHER = "other";

    private final EntityManager em;
    private final MeterRegistry registry;
    private final int maxQueues;
    private final Map<Tags, AtomicLong> gauges = new ConcurrentHashMap<>();

    BacklogGauges(EntityManager em, MeterRegistry registry,
            @ConfigProperty(name = "vigil.cases.metrics.max-queues", defaultValue = "100") int maxQueues) {
        this.em = em;
        this.registry = registry;
        this.maxQueues = maxQueues;
    }

    @Scheduled(identity = "vigil-backlog-gauges", every = "${vigil.cases.metrics.refresh-interval:30s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        List<?> rows = em.createNativeQuery("select coalesce(q.name, 'unqueued'), c.sla_state, count(*)"
                + " from risk_case c left join work_queue q on q.id = c.queue_id"
                + " where c.status not in ('RESOLVED', 'CLOSED') group by 1, 2 order by 1").getResultList();
        Map<Tags, Long> counts = new HashMap<>();
        Map<String, String> tagged = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String queue = tagged.computeIfAbsent((String) r[0], q -> tagged.size() < maxQueues ? q : OTHER);
            long n = ((Number) r[2]).longValue();
            counts.merge(Tags.of("queue", queue, "state", (String) r[1]), n, Long::sum);
            counts.merge(Tags.of("queue", queue), n, Long::sum);
        }
        gauges.forEach((tags, value) -> value.set(counts.getOrDefault(tags, 0L)));
        counts.forEach((tags, n) -> gauge(tags).set(n));
    }

    private AtomicLong gauge(Tags tags) {
        return gauges.computeIfAbsent(tags, t -> registry.gauge(t.stream().anyMatch(tag -> tag.getKey().equals("state"))
                ? "vigil.cases.sla" : "vigil.cases.backlog", t, new AtomicLong()));
    }
}
