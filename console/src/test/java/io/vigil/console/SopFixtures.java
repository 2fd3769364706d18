package io.vigil.console;

import java.util.List;
import java.util.stream.Collectors;

/** SOP JSON shaped exactly as sop-service's API answers it (its README and rest/ records). */
final class SopFixtures {

    static final String OUTLINE = """
            fact order.amount: double
            question delivered: Did the buyer receive the item?
              answer yes:
                outcome no_refund: REFUND_DECLINED automatable
              answer no:
                outcome refund: REFUND_FULL automatable
            """;

    static final String DIAGRAM = """
            flowchart TD
              n0{{"Did the buyer receive the item?"}}
              n1(["REFUND_DECLINED (automatable)"])
              n2(["REFUND_FULL (automatable)"])
              n0 -->|"yes"| n1
              n0 -->|"no"| n2
              classDef start stroke-width:3px
              class n0 start
            """;

    private SopFixtures() {
    }

    static String sop(String key, String title, String domain, String legalBases) {
        return """
                {"id":"0193a1b2-0000-7000-8000-000000000001","key":"%s","title":"%s","domain":"%s",
                 "category":"refund-dispute","audience":["investigator","lead"],"owner":"sam","reviewIntervalDays":180,
                 "dataCategories":["order-data"],"legalBases":[%s],"createdAt":"2026-10-01T08:00:00Z",
                 "updatedAt":"2026-10-02T08:00:00Z","version":4}
                """.formatted(key, title, domain, legalBases);
    }

    static String version(String key, int number, String status, String author) {
        return """
                {"sop":"%s","number":%d,"status":"%s","changeNote":"Covers lost parcels","steps":"1. Confirm the order.\\n2. Ask whether it arrived.",
                 "decisionTree":{"start":"delivered","nodes":{}},"testSuite":[],
                 "testReport":{"total":2,"passed":1,"rate":0.5,"results":[
                   {"name":"lost in transit","expected":"REFUND_FULL","actual":"REFUND_FULL","passed":true,"path":["delivered","refund"]},
                   {"name":"delivered as described","expected":"REFUND_DECLINED","actual":"REFUND_FULL","passed":false,"path":["delivered","refund"]}]},
                 "author":"%s","approver":%s,"reviewNote":null,"publisher":null,"copiedFrom":null,
                 "createdAt":"2026-11-01T10:00:00Z","updatedAt":"2026-11-02T10:00:00Z","submittedAt":"2026-11-02T10:00:00Z",
                 "reviewedAt":null,"publishedAt":null,"effectiveFrom":%s,"retiredAt":null,"version":7}
                """.formatted(key, number, status, author,
                "PUBLISHED".equals(status) || "RETIRED".equals(status) ? "\"sara\"" : "null",
                "PUBLISHED".equals(status) || "RETIRED".equals(status) ? "\"2026-11-03T00:00:00Z\"" : "null");
    }

    static String page(List<String> items, String nextCursor) {
        return "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    static String versions(String key, String... statuses) {
        List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            items.add(version(key, i + 1, statuses[i], "sam"));
        }
        return page(items, null);
    }

    static String stats(int version, int total, int agreed, String kappa, int rated, int good) {
        String consistency = total == 0 ? "null"
                : "{\"estimate\":%s,\"low\":%s,\"high\":%s}".formatted(agreed / (double) total,
                        Math.max(0, agreed / (double) total - 0.1), Math.min(1, agreed / (double) total + 0.05));
        String share = rated == 0 ? "null" : "{\"estimate\":%s,\"low\":%s,\"high\":%s}".formatted(good / (double) rated,
                Math.max(0, good / (double) rated - 0.15), Math.min(1, good / (double) rated + 0.1));
        return """
                {"version":%d,"agreement":{"total":%d,"agreed":%d,"observed":%s,"kappa":%s,"ac1":%s},
                 "consistency":%s,"csat":{"rated":%d,"goodOrExcellent":%d,"share":%s}}
                """.formatted(version, total, agreed, total == 0 ? "null" : agreed / (double) total, kappa,
                total == 0 ? "null" : "0.9", consistency, rated, good, share);
    }

    static String problem(int status, String slug, String detail) {
        return "{\"type\":\"urn:vigil:problem:" + slug + "\",\"title\":\"" + slug + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"/api/sops\"}";
    }

    static String reviewDue(String key, long overdueDays) {
        return """
                {"key":"%s","title":"Title of %s","owner":"sam","reviewIntervalDays":180,
                 "lastReviewedAt":"2026-03-01T00:00:00Z","dueAt":"2026-08-28T00:00:00Z","overdueDays":%d}
                """.formatted(key, key, overdueDays);
    }

    static String list(List<String> items) {
        return "[" + items.stream().collect(Collectors.joining(",")) + "]";
    }
}
