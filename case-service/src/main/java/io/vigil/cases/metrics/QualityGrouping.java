package io.vigil.cases.metrics;

/** What the QA pass-rate report groups reviews by; each maps to a fixed SQL expression, never to client text. */
public enum QualityGrouping {
    INVESTIGATOR("r.investigator"),
    QUEUE("coalesce(q.name, 'unqueued')"),
    SOP("coalesce(r.sop_key || ' v' || r.sop_version, 'none')");

    final String sql;

    QualityGrouping(String sql) {
        this.sql = sql;
    }
}
