package io.vigil.console.shift;

import io.vigil.console.format.FormTimes;
import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form planning a shift, as typed. Times are UTC ({@code datetime-local}); the checks are case-service's own
 * (end after start, at most 14 days, a user name), made here first so a slip costs no round trip.
 */
public record ShiftForm(String region, String queueId, String person, String role, String startsAt,
        String endsAt) {

    static final List<String> ROLES = List.of("INVESTIGATOR", "LEAD");
    static final Duration LONGEST = Duration.ofDays(14);
    private static final String PERSON = "[A-Za-z0-9][A-Za-z0-9._@-]{0,127}";

    public ShiftForm {
        region = text(region);
        queueId = text(queueId);
        person = text(person).strip();
        role = text(role);
        startsAt = text(startsAt);
        endsAt = text(endsAt);
    }

    /** An empty form for a shift from the next full hour, eight hours long. */
    static ShiftForm startingAfter(Instant now, String region) {
        Instant start = now.plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return new ShiftForm(region, "", "", "INVESTIGATOR", FormTimes.input(start),
                FormTimes.input(start.plus(Duration.ofHours(8))));
    }

    List<FieldError> problems(List<String> regions) {
        List<FieldError> errors = new ArrayList<>();
        if (!regions.contains(region)) {
            errors.add(new FieldError("region", "choose one of your regions"));
        }
        if (!person.matches(PERSON)) {
            errors.add(new FieldError("person", "give a user name such as ivy"));
        }
        if (!ROLES.contains(role)) {
            errors.add(new FieldError("role", "choose investigator or lead"));
        }
        Optional<Instant> start = time(errors, "startsAt", startsAt);
        Optional<Instant> end = time(errors, "endsAt", endsAt);
        if (start.isPresent() && end.isPresent()) {
            if (!end.get().isAfter(start.get())) {
                errors.add(new FieldError("endsAt", "must be after the start"));
            } else if (Duration.between(start.get(), end.get()).compareTo(LONGEST) > 0) {
                errors.add(new FieldError("endsAt", "a shift lasts at most 14 days"));
            }
        }
        return errors;
    }

    /** The JSON body of POST /api/shifts; call only when {@link #problems} is empty. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", region);
        if (!queueId.isBlank()) {
            body.put("queueId", queueId);
        }
        body.put("person", person);
        body.put("role", role);
        body.put("startsAt", FormTimes.parse(startsAt).orElseThrow().toString());
        body.put("endsAt", FormTimes.parse(endsAt).orElseThrow().toString());
        return body;
    }

    public boolean queuePicked(java.util.UUID id) {
        return id != null && id.toString().equals(queueId);
    }

    public List<String> roles() {
        return ROLES;
    }

    private static Optional<Instant> time(List<FieldError> errors, String field, String value) {
        try {
            Optional<Instant> parsed = FormTimes.parse(value);
            if (parsed.isEmpty()) {
                errors.add(new FieldError(field, "is required"));
            }
            return parsed;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a date and time such as 2026-11-20T09:00"));
            return Optional.empty();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
