package io.vigil.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the SQL of a case list from a filter. Native SQL because full-text search over title, description and
 * notes needs PostgreSQL's tsvector operators; every value is a bind parameter, never spliced into the text.
 */
final class CaseSearch {

    static final String DOCUMENT = "to_tsvector('simple', c.title || ' ' || coalesce(c.description, ''))";

    final String sql;
    final Map<String, Object> params = new LinkedHashMap<>();

    CaseSearch(CaseFilter filter, Set<String> regions, Optional<UUID> after, int limit) {
        List<String> where = new ArrayList<>(List.of("c.region in (:regions)"));
        params.put("regions", regions);
        filter.status().ifPresent(v -> add(where, "c.status = :status", "status", v.name()));
        filter.region().ifPresent(v -> add(where, "c.region = :region", "region", v));
        filter.subjectRef().ifPresent(v -> add(where,
                "exists (select 1 from case_subject s where s.case_id = c.id and s.ref = :subject)", "subject", v));
        filter.queueId().ifPresent(v -> add(where, "c.queue_id = :queue", "queue", v));
        filter.assignee().ifPresent(v -> add(where, "c.assignee = :assignee", "assignee", v));
        filter.priority().ifPresent(v -> add(where, "c.priority = :priority", "priority", v.name()));
        filter.label().ifPresent(v -> add(where,
                "exists (select 1 from case_label l where l.case_id = c.id and l.label = :label)", "label", v));
        filter.sla().ifPresent(v -> add(where, "c.sla_state = :sla", "sla", v.name()));
        filter.text().ifPresent(v -> add(where, "(" + DOCUMENT + " @@ plainto_tsquery('simple', :text)"
                + " or exists (select 1 from case_note n where n.case_id = c.id"
                + " and to_tsvector('simple', n.body) @@ plainto_tsquery('simple', :text)))", "text", v));
        after.ifPresent(v -> add(where, "c.id < :after", "after", v));
        sql = "select c.id from risk_case c where " + String.join(" and ", where) + " order by c.id desc limit "
                + limit;
    }

    private void add(List<String> where, String clause, String name, Object value) {
        where.add(clause);
        params.put(name, value);
    }
}
