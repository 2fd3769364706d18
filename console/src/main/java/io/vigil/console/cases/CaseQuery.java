package io.vigil.console.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The list filters as the page understands them. Values from the address bar are cleaned here, so a
 * hand-edited URL narrows or resets the list instead of turning into an error from case-service.
 */
public record CaseQuery(String status, String queueId, String assignee, String region, String subject,
        String priority, String q, String cursor) {

    static final int PAGE_SIZE = 50;
    static final List<String> STATUSES = List.of("NEW", "TRIAGED", "IN_PROGRESS", "WAITING", "ESCALATED",
            "RESOLVED", "CLOSED", "REOPENED");
    static final List<String> PRIORITIES = List.of("P0", "P1", "P2", "P3", "P4");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=.:-]{1,512}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,128}");
    private static final int MAX_TEXT = 200;

    public static CaseQuery empty() {
        return new CaseQuery(null, null, null, null, null, null, null, null);
    }

    /** Reads the filters as typed; {@code me} as assignee stands for the signed-in user. */
    public static CaseQuery of(Map<String, String> raw, String me) {
        String status = upper(raw.get("status"));
        String region = upper(raw.get("region"));
        String priority = upper(raw.get("priority"));
        String assignee = text(raw.get("assignee"));
        if ("me".equalsIgnoreCase(assignee) && me != null) {
            assignee = me;
        }
        String cursor = raw.get("cursor");
        return new CaseQuery(status != null && STATUSES.contains(status) ? status : null, uuid(raw.get("queueId")),
                assignee != null && NAME.matcher(assignee).matches() ? assignee : null,
                region != null && REGION.matcher(region).matches() ? region : null,
                text(raw.get("subject")), priority != null && PRIORITIES.contains(priority) ? priority : null,
                text(raw.get("q")),
                cursor != null && CURSOR.matcher(cursor).matches() ? cursor : null);
    }

    public List<Option> statusOptions() {
        return STATUSES.stream().map(s -> new Option(s, Display.words(s), s.equals(status))).toList();
    }

    public List<Option> priorityOptions() {
        return PRIORITIES.stream().map(p -> new Option(p, p, p.equals(priority))).toList();
    }

    public List<Option> regionOptions(Collection<String> regions) {
        return regions.stream().map(r -> new Option(r, r, r.equals(region))).toList();
    }

    public List<Option> queueOptions(Collection<Queue> queues) {
        return queues.stream().map(q -> new Option(q.id().toString(), q.name(), q.id().toString().equals(queueId)))
                .toList();
    }

    public boolean paged() {
        return cursor != null;
    }

    public boolean filtered() {
        return status != null || queueId != null || assignee != null || region != null || subject != null
                || priority != null || q != null;
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
        params.put("queueId", queueId);
        params.put("assignee", assignee);
        params.put("region", region);
        params.put("subject", subject);
        params.put("priority", priority);
        params.put("q", q);
        params.put("cursor", pageCursor);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "/cases" : "/cases?" + query;
    }

    private static String upper(String value) {
        String cleaned = text(value);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_TEXT ? trimmed.substring(0, MAX_TEXT) : trimmed;
    }

    private static String uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** One choice of a select, marked when it is the current filter. */
    public record Option(String value, String label, boolean selected) {
    }
}
