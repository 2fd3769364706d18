package io.vigil.cases.metrics;

/**
 * The report's statement: the period's cohort, the current backlog and the appeals decided in the period (counted
 * for the group of the case whose action was appealed), joined on the group.
 */
final class MetricsSql {

    private MetricsSql() {
    }

    static String of(Grouping grouping) {
        return """
                with scoped as (
                    select %s as grp, c.* from risk_case c left join work_queue q on q.id = c.queue_id
                    where c.region in (:regions)),
                cohort as (
                    select grp, count(*) opened,
                        count(*) filter (where resolved_at is not null) resolved,
                        count(*) filter (where sla_state = 'MET') met,
                        count(*) filter (where sla_state = 'BREACHED') breached,
                        percentile_cont(0.5) within group (order by extract(epoch from first_action_at - created_at))
                            fa50,
                        percentile_cont(0.9) within group (order by extract(epoch from first_action_at - created_at))
                            fa90,
                        percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at)) r50,
                        percentile_cont(0.9) within group (order by extract(epoch from resolved_at - created_at)) r90,
                        count(*) filter (where escalation_count > 0) escalated,
                        count(*) filter (where reopen_count > 0) reopened,
                        count(*) filter (where resolved_at is not null or reopen_count > 0) ever_resolved
                    from scoped where created_at >= :from and created_at < :to group by grp),
                backlog as (
                    select grp,
                        count(*) filter (where created_at > :d1) b1,
                        count(*) filter (where created_at <= :d1 and created_at > :d3) b3,
                        count(*) filter (where created_at <= :d3 and created_at > :d7) b7,
                        count(*) filter (where created_at <= :d7 and created_at > :d30) b30,
                        count(*) filter (where created_at <= :d30) bold
                    from scoped where status not in ('RESOLVED', 'CLOSED') group by grp),
                appeals as (
                    select s.grp, count(*) decided, count(*) filter (where a.outcome = 'OVERTURNED') overturned
                    from enforcement_appeal a join scoped s on s.id = a.appealed_case_id
                    where a.status = 'DECIDED' and a.decided_at >= :from and a.decided_at < :to group by s.grp)
                select coalesce(p.grp, b.grp, a.grp), p.opened, p.resolved, p.met, p.breached, p.fa50, p.fa90, p.r50,
                    p.r90, p.escalated, p.reopened, p.ever_resolved, b.b1, b.b3, b.b7, b.b30, b.bold, a.decided,
                    a.overturned
                from cohort p full join backlog b on b.grp = p.grp
                    full join appeals a on a.grp = coalesce(p.grp, b.grp)
                order by 1
                """.formatted(grouping.sql);
    }
}
