package io.vigil.audit.query;

import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * An auditor's question to the log: a required recordedAt range {@code [from, to)} and optional exact-match filters
 * (null means any). The range is required so every query stays inside a few monthly partitions.
 */
public record EventFilter(Instant from, Instant to, String targetType, String targetId, String actor, String action,
        String outcome, String sopKey, Integer sopVersion, String subject, String region) {

    public EventFilter {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required (RFC 3339 time, inclusive)"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required (RFC 3339 time, exclusive)"));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("from", "must be before to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** Column conditions with their values, in a fixed order. */
    List<Condition> conditions() {
        List<Condition> conditions = new ArrayList<>();
        add(conditions, "targetType", "e.target_type = ?", targetType);
        add(conditions, "targetId", "e.target_id = ?", targetId);
        add(conditions, "actor", "e.actor_ref = ?", actor);
        add(conditions, "action", "e.action = ?", action);
        add(conditions, "outcome", "e.outcome = ?", outcome);
        add(conditions, "sopKey", "e.sop_key = ?", sopKey);
        add(conditions, "sopVersion", "e.sop_version = ?", sopVersion);
        add(conditions, "subject", "e.subject_refs @> ARRAY[?::text]", subject);
        add(conditions, "region", "e.region = ?", region);
        return conditions;
    }

    /** The query as its own audit event records it. */
    public String describe() {
        StringJoiner text = new StringJoiner(" ");
        text.add("from=" + from).add("to=" + to);
        conditions().forEach(c -> text.add(c.name() + "=" + c.value()));
        return text.toString();
    }

    private static void add(List<Condition> conditions, String name, String sql, Object value) {
        if (value != null) {
            conditions.add(new Condition(name, sql, value));
        }
    }

    /** One query parameter, its SQL predicate and its value. */
    record Condition(String name, String sql, Object value) {
    }
}
