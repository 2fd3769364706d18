package io.vigil.console.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Timestamps as every console page shows them: UTC, minute precision, saying so rather than guessing a zone. */
public final class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** The instant to the minute, or an empty string when there is none. */
    public static String utc(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** The instant to the second, for logs and audit events, where minutes are too coarse. */
    public static String utcSeconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
