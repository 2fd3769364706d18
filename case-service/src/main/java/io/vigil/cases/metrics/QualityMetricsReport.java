package io.vigil.cases.metrics;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * QA pass rates per investigator, queue or SOP version over the reviews recorded in a period, in the caller's
 * regions; the group is the one copied onto the review when its case was sampled.
 */
@ApplicationScoped
public class QualityMetricsReport {

    private final EntityManager em;

    QualityMetricsReport(EntityManager em) {
        this.em = em;
    }

    public List<QualityMetrics> report(Instant from, Instant to, QualityGrouping grouping, Caller caller) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(CaseMetricsReport.LONGEST_PERIOD) > 0) {
            throw new InvalidRequestException("from", "must be before to, at most 366 days earlier");
        }
        return caller.regions().isEmpty() ? List.of() : query(from, to, grouping, caller.regions());
    }

    /** The figures over {@code regions}, or over every region when null (the Prometheus gauges). */
    List<QualityMetrics> query(Instant from, Instant to, QualityGrouping grouping, Set<String> regions) {
        Query query = em.createNativeQuery("select " + grouping.sql + ", count(*), count(*) filter (where r.passed),"
                + " count(*) filter (where r.agreement = 'AGREE'), avg(r.score::float8 / r.max_score)"
                + " from qa_review r left join work_queue q on q.id = r.queue_id where r.status = 'DONE'"
                + " and r.reviewed_at >= :from and r.reviewed_at < :to"
                + (regions == null ? "" : " and r.region in (:regions)") + " group by 1 order by 1")
                .setParameter("from", from).setParameter("to", to);
        if (regions != null) {
            query.setParameter("regions", regions);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> toMetrics((Object[]) row)).toList();
    }

    private static QualityMetrics toMetrics(Object[] r) {
        long reviewed = ((Number) r[1]).longValue();
        long passed = ((Number) r[2]).longValue();
        long agreed = ((Number) r[3]).longValue();
        return new QualityMetrics((String) r[0], reviewed, passed, share(passed, reviewed), share(agreed, reviewed),
                r[4] == null ? null : Math.round(((Number) r[4]).doubleValue() * 10000) / 10000.0);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
