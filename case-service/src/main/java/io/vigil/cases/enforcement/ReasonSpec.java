package io.vigil.cases.enforcement;

/** What a lead says a reason code is; {@code domain} null means it applies in every domain. */
public record ReasonSpec(String domain, String title, String policy, GroundType groundType, String ground,
        String groundExplanation, String groundUrl, String dsaCategory, int strikeWeight, boolean active) {
}
