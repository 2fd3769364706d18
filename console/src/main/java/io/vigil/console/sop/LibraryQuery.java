package io.vigil.console.sop;

import io.vigil.console.format.Links;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The library's filters as the page understands them. Values from the address bar are cleaned here, so a
 * hand-edited URL narrows or resets the list instead of becoming an error from sop-service.
 */
public record LibraryQuery(String domain, String legalBasis, String dataCategory, String status, String cursor) {

    static final List<String> LEGAL_BASES = List.of("GDPR", "CCPA", "PSD2");
    static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "APPROVED", "REJECTED", "PUBLISHED",
            "RETIRED");
    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    public static LibraryQuery of(String domain, String legalBasis, String dataCategory, String status,
            String cursor) {
        return new LibraryQuery(word(domain), oneOf(legalBasis, LEGAL_BASES), word(dataCategory),
                oneOf(status, STATUSES), word(cursor));
    }

    public List<Option> legalBasisOptions() {
        return LEGAL_BASES.stream().map(b -> new Option(b, b, b.equals(legalBasis))).toList();
    }

    public List<Option> statusOptions() {
        return STATUSES.stream().map(s -> new Option(s, s.replace('_', ' ').toLowerCase(Locale.ROOT),
                s.equals(status))).toList();
    }

    public List<Option> domainOptions(List<String> domains) {
        return domains.stream().map(d -> new Option(d, d, d.equals(domain))).toList();
    }

    public boolean paged() {
        return cursor != null;
    }

    public boolean filtered() {
        return domain != null || legalBasis != null || dataCategory != null || status != null;
    }

    public String firstPageLink() {
        return link(null);
    }

    public String nextPageLink(String next) {
        return link(next);
    }

    private String link(String pageCursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("domain", domain);
        params.put("legalBasis", legalBasis);
        params.put("dataCategory", dataCategory);
        params.put("status", status);
        params.put("cursor", pageCursor);
        return Links.to("/sops", params);
    }

    private static String word(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.trim().toLowerCase(Locale.ROOT);
        return WORD.matcher(clean).matches() ? clean : null;
    }

    private static String oneOf(String value, List<String> allowed) {
        if (value == null) {
            return null;
        }
        String clean = value.trim().toUpperCase(Locale.ROOT);
        return allowed.contains(clean) ? clean : null;
    }

    /** One choice of a select, marked when it is the current filter. */
    public record Option(String value, String label, boolean selected) {
    }
}
