package io.vigil.console.lead;

import io.vigil.console.format.Links;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dashboard's choices: how to group (queue, domain, region) and which days (UTC dates, the end day included).
 * Defaults: by queue, the last 30 days. A hand-edited value that makes no sense falls back to the default.
 */
public record DashboardQuery(String groupBy, LocalDate from, LocalDate to, String cursor) {

    static final List<String> GROUPINGS = List.of("queue", "domain", "region");
    static final int DEFAULT_DAYS = 30;
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=.:-]{1,512}");

    public static DashboardQuery of(String groupBy, String from, String to, String cursor, LocalDate today) {
        String grouping = groupBy == null ? null : groupBy.trim().toLowerCase(Locale.ROOT);
        LocalDate end = date(to);
        end = end == null ? today : end;
        LocalDate start = date(from);
        if (start == null || start.isAfter(end)) {
            start = end.minusDays(DEFAULT_DAYS - 1L);
        }
        return new DashboardQuery(grouping != null && GROUPINGS.contains(grouping) ? grouping : "queue", start, end,
                cursor != null && CURSOR.matcher(cursor).matches() ? cursor : null);
    }

    /** The first instant of the period, for case-service. */
    public Instant start() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The instant after the last day, as case-service's period end is exclusive. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public List<String> groupings() {
        return GROUPINGS;
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** The same grouping over the last {@code days} days up to the period's end. */
    public String lastDays(int days) {
        return link(groupBy, to.minusDays(days - 1L), to, null);
    }

    public String nextBreachesLink(String next) {
        return link(groupBy, from, to, next);
    }

    private static String link(String groupBy, LocalDate from, LocalDate to, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("groupBy", groupBy);
        params.put("from", from.toString());
        params.put("to", to.toString());
        params.put("cursor", cursor);
        return Links.to("/dashboard", params);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
