package io.vigil.console.quality;

import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drawing resolved cases into the QA queue, as typed: the UTC days the cases were resolved in (both included), the
 * strategy, and either a number of cases or a percentage; optionally one region or investigator.
 */
public record SampleForm(String from, String to, String strategy, String size, String percent, String region,
        String investigator) {

    static final List<String> STRATEGIES = List.of("RANDOM", "STRATIFIED");
    private static final String PERSON = "[A-Za-z0-9][A-Za-z0-9._@-]{0,127}";

    public SampleForm {
        from = text(from);
        to = text(to);
        strategy = text(strategy);
        size = text(size).strip();
        percent = text(percent).strip();
        region = text(region);
        investigator = text(investigator).strip();
    }

    /** The last seven days, five cases drawn at random. */
    static SampleForm lastWeek(LocalDate today) {
        return new SampleForm(today.minusDays(6).toString(), today.toString(), "RANDOM", "5", "", "", "");
    }

    public List<String> strategies() {
        return STRATEGIES;
    }

    List<FieldError> problems(List<String> regions) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = day(errors, "from", from);
        LocalDate end = day(errors, "to", to);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("to", "must not be before the first day"));
        }
        if (!STRATEGIES.contains(strategy)) {
            errors.add(new FieldError("strategy", "choose random or stratified"));
        }
        if (size.isEmpty() == percent.isEmpty()) {
            errors.add(new FieldError("size", "give either a number of cases or a percentage, not both"));
        } else if (!size.isEmpty() && !(number(size) >= 1 && number(size) <= 500 && size.matches("[0-9]+"))) {
            errors.add(new FieldError("size", "a number of cases from 1 to 500"));
        } else if (!percent.isEmpty() && !(number(percent) > 0 && number(percent) <= 100)) {
            errors.add(new FieldError("percent", "a percentage above 0 and at most 100"));
        }
        if (!region.isEmpty() && !regions.contains(region)) {
            errors.add(new FieldError("region", "choose one of your regions"));
        }
        if (!investigator.isEmpty() && !investigator.matches(PERSON)) {
            errors.add(new FieldError("investigator", "give a user name such as ivy"));
        }
        return errors;
    }

    /** The JSON body of POST /api/quality/samples; call only when {@link #problems} is empty. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        body.put("to", LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        body.put("strategy", strategy);
        if (!size.isEmpty()) {
            body.put("size", Integer.parseInt(size));
        } else {
            body.put("rate", Double.parseDouble(percent) / 100);
        }
        if (!region.isEmpty()) {
            body.put("region", region);
        }
        if (!investigator.isEmpty()) {
            body.put("investigator", investigator);
        }
        return body;
    }

    private static LocalDate day(List<FieldError> errors, String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "give a day such as 2026-11-20"));
            return null;
        }
    }

    /** The number typed, or NaN (which fails every comparison) when it is not one. */
    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
