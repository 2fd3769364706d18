package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The facts a decision tree may read: what the case itself says ({@code case.*}, always current) and what the
 * investigator found out and typed in (for example {@code seller.priorStrikes}), which may not speak for the case.
 */
public final class CaseFacts {

    static final String CASE_PREFIX = "case.";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,4}");
    private static final int MAX_TEXT = 200;

    private CaseFacts() {
    }

    /** The case's own facts, under {@code case.}: domain, category, region, severity, priority, source and reach. */
    public static Map<String, Object> of(Case kase) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(CASE_PREFIX + "domain", kase.domain());
        facts.put(CASE_PREFIX + "category", kase.category());
        facts.put(CASE_PREFIX + "region", kase.region());
        facts.put(CASE_PREFIX + "severity", kase.severity().toString());
        facts.put(CASE_PREFIX + "priority", kase.priority().name());
        facts.put(CASE_PREFIX + "source", kase.source().toString());
        facts.put(CASE_PREFIX + "reportCount", kase.reportCount());
        facts.put(CASE_PREFIX + "subjectCount", kase.subjects().size());
        return facts;
    }

    /** Everything a tree gets: the investigator's facts, with the case's own on top so they cannot be forged. */
    static Map<String, Object> merged(Case kase, Map<String, Object> given) {
        Map<String, Object> all = new LinkedHashMap<>(given);
        all.putAll(of(kase));
        return all;
    }

    /** Facts typed in must be named like the tree's facts, outside {@code case.}, and plain values. */
    static void checkGiven(Map<String, Object> given) {
        List<FieldError> errors = new ArrayList<>();
        given.forEach((name, value) -> {
            String field = "facts." + name;
            if (!NAME.matcher(name).matches()) {
                errors.add(new FieldError(field, "must be a dotted name such as seller.priorStrikes"));
            } else if (name.startsWith(CASE_PREFIX)) {
                errors.add(new FieldError(field, "case.* facts come from the case itself"));
            } else if (!(value instanceof Number || value instanceof Boolean
                    || value instanceof String text && text.length() <= MAX_TEXT)) {
                errors.add(new FieldError(field, "must be a number, true/false, or a text of at most "
                        + MAX_TEXT + " characters"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
