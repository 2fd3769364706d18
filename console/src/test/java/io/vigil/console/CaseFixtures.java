package io.vigil.console;

import java.util.List;
import java.util.stream.Collectors;

/** Case JSON shaped exactly as case-service's GET /api/cases answers it. */
final class CaseFixtures {

    private CaseFixtures() {
    }

    static String caseJson(String ref, String title, String region, String status) {
        return """
                {"id":"0193a1b2-0000-7000-8000-%s","ref":"%s","domain":"shop","category":"counterfeit",
                 "title":"%s","description":"Reported by several buyers","region":"%s","severity":"high",
                 "priority":"P1","source":"user-report","status":"%s","queueId":null,"assignee":null,
                 "subjects":[{"type":"listing","ref":"L-123"}],"reportCount":2,"createdBy":"ivy",
                 "createdAt":"2026-11-20T09:15:00Z","updatedAt":"2026-11-20T09:15:00Z","version":3}
                """.formatted(ref.substring(ref.length() - 6) + "000000", ref, title, region, status);
    }

    static String page(List<String> cases, String nextCursor) {
        String cursor = nextCursor == null ? "null" : "\"" + nextCursor + "\"";
        return "{\"items\":[" + cases.stream().collect(Collectors.joining(",")) + "],\"nextCursor\":" + cursor + "}";
    }
}
