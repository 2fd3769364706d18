package io.vigil.cases.metrics;

/** What a metrics report groups cases by; each maps to a fixed SQL expression, never to client text. */
public enum Grouping {
    QUEUE("coalesce(q.name, 'unqueued')"), DOMAIN("c.domain"), REGION("c.region");

    final String sql;

    Grouping(String sql) {
        this.sql = sql;
    }
}
