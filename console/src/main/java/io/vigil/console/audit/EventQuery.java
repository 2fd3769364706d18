package io.vigil.console.audit;

import io.vigil.console.format.FormTimes;
import io.vigil.console.format.Links;
import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The auditor's search as the page understands it. audit-service requires a time range; when the form leaves it
 * out the search covers the last seven days, so the first visit shows recent events instead of an error.
 */
public record EventQuery(Instant from, Instant to, String targetType, String targetId, String actor, String action,
        String outcome, String cursor, List<FieldError> errors) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(7);
    static final List<String> OUTCOMES = List.of("success", "failure", "denied");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=.:-]{1,512}");
    private static final int MAX_TEXT = 200;

    /** Raw form values, in the order the form shows them. */
    public record Form(String from, String to, String targetType, String targetId, String actor, String action,
            String outcome, String cursor) {
    }

    public static EventQuery of(Form form, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Instant to = time("to", form.to(), errors);
        Instant from = time("from", form.from(), errors);
        if (to == null) {
            to = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        }
        if (from == null) {
            from = to.minus(DEFAULT_SPAN);
        }
        if (errors.isEmpty() && !from.isBefore(to)) {
            errors.add(new FieldError("from", "must be before to"));
        }
        String outcome = form.outcome() == null ? null : form.outcome().trim().toLowerCase(Locale.ROOT);
        return new EventQuery(from, to, text(form.targetType()), text(form.targetId()), text(form.actor()),
                text(form.action()), outcome != null && OUTCOMES.contains(outcome) ? outcome : null,
                form.cursor() != null && CURSOR.matcher(form.cursor()).matches() ? form.cursor() : null,
                List.copyOf(errors));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String fromInput() {
        return FormTimes.input(from);
    }

    public String toInput() {
        return FormTimes.input(to);
    }

    public boolean paged() {
        return cursor != null;
    }

    public List<String> outcomes() {
        return OUTCOMES;
    }

    public String firstPageLink() {
        return link(null);
    }

    public String nextPageLink(String next) {
        return link(next);
    }

    /** Link to the search for one target's whole history in the same range (a target's timeline). */
    public String targetLink(String type, String id) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", fromInput());
        params.put("to", toInput());
        params.put("targetType", type);
        params.put("targetId", id);
        return Links.to("/audit/events", params);
    }

    private String link(String pageCursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", fromInput());
        params.put("to", toInput());
        params.put("targetType", targetType);
        params.put("targetId", targetId);
        params.put("actor", actor);
        params.put("action", action);
        params.put("outcome", outcome);
        params.put("cursor", pageCursor);
        return Links.to("/audit/events", params);
    }

    private static Instant time(String field, String value, List<FieldError> errors) {
        try {
            return FormTimes.parse(value).orElse(null);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date and time such as 2026-11-20T09:15"));
            return null;
        }
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
    }
}
