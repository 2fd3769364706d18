package io.vigil.cases.enforcement;

import java.util.List;

/**
 * Where a decision applies when the request does not say (DSA art. 17(3)(a) asks for the territorial scope): an EU
 * case applies in the member states, any other region in the country its code names.
 */
public final class TerritorialScope {

    /** The 27 member states as ISO 3166-1 alpha-2 codes (Greece as GR, as the Transparency Database writes it). */
    static final List<String> EU_MEMBER_STATES = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private TerritorialScope() {
    }

    public static List<String> defaultFor(String region) {
        return "EU".equals(region) ? EU_MEMBER_STATES : List.of(region);
    }
}
