package io.vigil.console.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The list filters as the page understands them. Values from the address bar are cleaned here, so a
 * hand-edited URL narrows or resets the list instead of turning into an error from case-service.
 */
public record CaseQuery(String status, String region, String cursor) {

    static final int PAGE_SIZE = 50;
    static final List<String> STATUSES = List.of("NEW", "TRIAGED", "IN_PROGRESS", "WAITING", "ESCALATED",
            "RESOLVED", "CLOSED", "REOPENED");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=.:-]{1,512}");

    public static CaseQuery of(String status, String region, String cursor) {
        String cleanStatus = clean(status);
        String cleanRegion = clean(region);
        return new CaseQuery(cleanStatus != null && STATUSES.contains(cleanStatus) ? cleanStatus : null,
                cleanRegion != null && REGION.matcher(cleanRegion).matches() ? cleanRegion : null,
                cursor != null && CURSOR.matcher(cursor).matches() ? cursor : null);
    }

    public List<Option> statusOptions() {
        return STATUSES.stream().map(s -> new Option(s, s.replace('_', ' '), s.equals(status))).toList();
    }

    public List<Option> regionOptions(Collection<String> regions) {
        return regions.stream().map(r -> new Option(r, r, r.equals(region))).toList();
    }

    public boolean paged() {
        return cursor != null;
    }

    public String firstPageLink() {
        return link(null);
    }

    public String nextPageLink(String nextCursor) {
        return link(nextCursor);
    }

    private String link(String pageCursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("region", region);
        params.put("cursor", pageCursor);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/cases" : "/cases?" + query;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    /** One choice of a select, marked when it is the current filter. */
    public record Option(String value, String label, boolean selected) {
    }
}
