package io.vigil.console;

import java.util.List;
import java.util.stream.Collectors;

/** JSON shaped exactly as case-service answers (its rest package's records), for the fake case-service. */
final class CaseFixtures {

    static final String CASE_ID = "0193a1b2-0000-7000-8000-000000000123";
    static final String QUEUE_ID = "0193a1b2-0000-7000-8000-0000000000a1";
    static final String LEAD_QUEUE_ID = "0193a1b2-0000-7000-8000-0000000000b2";
    static final String TASK_ID = "0193a1b2-0000-7000-8000-0000000000c3";
    static final String EVIDENCE_ID = "0193a1b2-0000-7000-8000-0000000000d4";
    static final String OTHER_CASE_ID = "0193a1b2-0000-7000-8000-000000000999";

    private CaseFixtures() {
    }

    static String caseJson(String ref, String title, String region, String status) {
        return """
                {"id":"0193a1b2-0000-7000-8000-%s","ref":"%s","domain":"shop","category":"counterfeit",
                 "title":"%s","description":"Reported by several buyers","region":"%s","severity":"high",
                 "priority":"P1","source":"user-report","status":"%s","queueId":null,"assignee":null,
                 "subjects":[{"type":"listing","ref":"L-123"}],"reportCount":2,"createdBy":"ivy",
                 "sla":{"state":"ON_TRACK","firstActionDue":"2026-11-20T10:15:00Z","firstActionAt":null,
                        "resolutionDue":"2026-11-21T09:15:00Z","paused":false},
                 "createdAt":"2026-11-20T09:15:00Z","updatedAt":"2026-11-20T09:15:00Z","version":3}
                """.formatted(ref.substring(ref.length() - 6) + "000000", ref, title, region, status);
    }

    /** A case with the given id, status, assignee and version, in the US queue, as GET /api/cases/{id} answers. */
    static String fullCase(String id, String ref, String status, String assignee, long version) {
        String who = assignee == null ? "null" : "\"" + assignee + "\"";
        return """
                {"id":"%s","ref":"%s","domain":"shop","category":"counterfeit",
                 "title":"Counterfeit sneakers","description":"Reported by several buyers.\\nPhotos attached.",
                 "region":"US","severity":"high","priority":"P1","source":"user-report","status":"%s",
                 "statusSince":"2026-11-20T09:15:00Z","queueId":"%s","assignee":%s,
                 "subjects":[{"type":"listing","ref":"L-123"},{"type":"account","ref":"A-9"}],
                 "labels":["repeat-offender"],"reportCount":4,"reporters":["ivy"],
                 "sla":{"state":"AT_RISK","firstActionDue":"2026-11-20T10:15:00Z","firstActionAt":null,
                        "resolutionDue":"2099-11-21T09:15:00Z","paused":false},
                 "createdBy":"ivy","createdAt":"2026-11-20T09:15:00Z","updatedAt":"2026-11-20T09:15:00Z",
                 "resolvedAt":null,"version":%d}
                """.formatted(id, ref, status, QUEUE_ID, who, version);
    }

    static String queue(String id, String name, String region, String kind) {
        return """
                {"id":"%s","name":"%s","domain":"shop","region":"%s","skill":null,"kind":"%s",
                 "createdAt":"2026-11-01T00:00:00Z","version":1}
                """.formatted(id, name, region, kind);
    }

    static String items(List<String> items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    static String page(List<String> cases, String nextCursor) {
        String cursor = nextCursor == null ? "null" : "\"" + nextCursor + "\"";
        return "{\"items\":[" + cases.stream().collect(Collectors.joining(",")) + "],\"nextCursor\":" + cursor + "}";
    }

    static String problem(int status, String slug, String title, String detail) {
        return """
                {"type":"urn:vigil:problem:%s","title":"%s","status":%d,"detail":"%s","instance":"/api/x"}
                """.formatted(slug, title, status, detail);
    }
}
