package io.vigil.cases.metrics;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The service report of DESIGN.md section 4, computed by PostgreSQL in one statement over the caller's regions:
 * SLA compliance (met among decided), time to first action and to resolution (percentile_cont p50/p90),
 * escalation and reopen rates for the cases opened in the period, today's backlog by age, and the appeal-overturn
 * rate of the appeals decided in the period.
 */
@ApplicationScoped
public class CaseMetricsReport {

    static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final EntityManager em;
    private final Clock clock;

    CaseMetricsReport(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<GroupMetrics> report(Instant from, Instant to, Grouping grouping, Caller caller) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidRequestException("from", "must be before to, at most 366 days earlier");
        }
        if (caller.regions().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<?> rows = em.createNativeQuery(MetricsSql.of(grouping)).setParameter("regions", caller.regions())
                .setParameter("from", from).setParameter("to", to)
                .setParameter("d1", now.minus(Duration.ofDays(1))).setParameter("d3", now.minus(Duration.ofDays(3)))
                .setParameter("d7", now.minus(Duration.ofDays(7))).setParameter("d30", now.minus(Duration.ofDays(30)))
                .getResultList();
        return rows.stream().map(row -> toMetrics((Object[]) row)).toList();
    }

    private static GroupMetrics toMetrics(Object[] r) {
        long opened = count(r[1]);
        long decided = count(r[3]) + count(r[4]);
        long everResolved = count(r[11]);
        long appealsDecided = count(r[17]);
        return new GroupMetrics((String) r[0], opened, count(r[2]), share(count(r[3]), decided),
                seconds(r[5]), seconds(r[6]), seconds(r[7]), seconds(r[8]), share(count(r[9]), opened),
                share(count(r[10]), everResolved), new GroupMetrics.Backlog(count(r[12]), count(r[13]), count(r[14]),
                        count(r[15]), count(r[16])), appealsDecided, count(r[18]), share(count(r[18]), appealsDecided));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 1000) / 1000.0;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
