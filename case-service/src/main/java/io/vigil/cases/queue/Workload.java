package io.vigil.cases.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Open cases per assignee and priority within the caller's regions: what a lead looks at before reassigning. */
@ApplicationScoped
public class Workload {

    private final EntityManager em;

    Workload(EntityManager em) {
        this.em = em;
    }

    /** One person's open cases in total and by priority. */
    public record PersonLoad(String assignee, long open, Map<String, Long> byPriority) {
    }

    public List<PersonLoad> of(Set<String> regions) {
        if (regions.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select assignee, priority, count(*) from risk_case"
                + " where assignee is not null and status not in ('RESOLVED', 'CLOSED') and region in (:regions)"
                + " group by assignee, priority order by assignee, priority").setParameter("regions", regions)
                .getResultList();
        Map<String, Map<String, Long>> load = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            load.computeIfAbsent((String) cells[0], a -> new TreeMap<>())
                    .put((String) cells[1], ((Number) cells[2]).longValue());
        }
        return load.entrySet().stream().map(e -> new PersonLoad(e.getKey(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue())).toList();
    }
}
