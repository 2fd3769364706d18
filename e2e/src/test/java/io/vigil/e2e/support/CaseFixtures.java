package io.vigil.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Cases the tests open through the real API; every one is about fresh subjects so none merges with another. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    public static Map<String, Object> counterfeitReport(String region, String title) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return Map.of(
                "domain", "shop",
                "category", "counterfeit",
                "title", title + " " + tag,
                "description", "Opened by the end-to-end tests.",
                "region", region,
                "severity", "high",
                "source", "user-report",
                "subjects", List.of(Map.of("type", "listing", "ref", "L-" + tag),
                        Map.of("type", "account", "ref", "A-" + tag)));
    }

    /** Opens a case as the token's owner and returns it; fails unless case-service answers 201. */
    public static JsonNode open(String token, String region, String title) {
        Reply reply = Api.as(token).post(App.CASE_SERVICE, "/api/cases", counterfeitReport(region, title));
        if (reply.status() != 201) {
            throw new AssertionError("expected 201 for a new case: " + reply);
        }
        return reply.json();
    }
}
