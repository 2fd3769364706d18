package io.vigil.console.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Times typed into forms. Inputs are labelled UTC, so a {@code datetime-local} value ("2026-11-20T09:15") or a date
 * is read as UTC; a full RFC 3339 time with an offset is accepted too, for addresses written by hand.
 */
public final class FormTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private FormTimes() {
    }

    /** Empty when the value is blank; throws {@link DateTimeParseException} when it is not a time. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.length() == 10) {
            return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        }
        return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
    }

    /** The value a {@code datetime-local} input shows for an instant, in UTC to the minute. */
    public static String input(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * The same to the second, for records whose times are kept as they were (an incident timeline): saving the form
     * again must not move them to the minute. The input needs {@code step="1"} to accept seconds.
     */
    public static String inputToTheSecond(Instant instant) {
        if (instant == null) {
            return "";
        }
        OffsetDateTime at = instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return (at.getSecond() == 0 ? LOCAL : LOCAL_SECONDS).format(at);
    }
}
