package io.vigil.console.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How values look on every case page: UTC times (DESIGN.md section 3; the page says so rather than guess a
 * zone), spans such as "3 h 20 min", and attribute-safe tokens for styling badges.
 */
public final class Display {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    public static String time(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    /** A class-name-safe token: {@code IN_PROGRESS} becomes {@code in-progress}. */
    public static String token(String value) {
        return value == null ? "unknown" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public static String words(String value) {
        return value == null ? "" : value.replace('_', ' ');
    }

    /** A span rounded for reading at a glance: "45 min", "3 h 20 min", "2 d 4 h". */
    public static String span(Duration span) {
        long minutes = Math.max(span.abs().toMinutes(), 1);
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /** "due in 3 h" or "overdue by 20 min", measured from {@code now}. */
    public static String due(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(now, due);
        return left.isNegative() ? "overdue by " + span(left) : "due in " + span(left);
    }
}
