package io.vigil.console.audit;

import io.vigil.console.format.FormTimes;
import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The range of an export as typed (UTC), defaulting to the last seven days, with what is wrong with it. */
public record ExportForm(Instant from, Instant to, List<FieldError> errors) {

    public static ExportForm of(String from, String to, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Instant end = parse("to", to, errors);
        Instant start = parse("from", from, errors);
        end = end != null ? end : now.truncatedTo(ChronoUnit.MINUTES);
        start = start != null ? start : end.minus(Duration.ofDays(7));
        if (errors.isEmpty() && !start.isBefore(end)) {
            errors.add(new FieldError("from", "must be before to"));
        }
        return new ExportForm(start, end, List.copyOf(errors));
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

    private static Instant parse(String field, String value, List<FieldError> errors) {
        try {
            return FormTimes.parse(value).orElse(null);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a date and time such as 2026-11-20T09:15"));
            return null;
        }
    }
}
