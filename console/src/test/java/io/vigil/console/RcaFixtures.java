package io.vigil.console;

/** JSON shaped as case-service answers its RCA and corrective-action endpoints, for the fake case-service. */
final class RcaFixtures {

    static final String INCIDENT_ID = IncidentPagesTest.INCIDENT_ID;
    static final String BASE = "/api/incidents/" + INCIDENT_ID;
    static final String ACTION_ID = "0193a1b2-0000-7000-8000-000000000ac1";
    static final String LEAD_ACTION_ID = "0193a1b2-0000-7000-8000-000000000ac2";

    private RcaFixtures() {
    }

    static String version(int number, String author, String rootCause) {
        return """
                {"incidentId":"%s","version":%d,"author":"%s","createdAt":"2026-11-2%dT10:00:00Z",
                 "summary":"Sellers reused one payout card","impact":"40 buyers in the US",
                 "timeline":[{"at":"2026-11-20T09:00:00Z","text":"First report"}],
                 "rootCause":"%s","contributingFactors":["No card reuse check","Weekend staffing"],
                 "correctiveActions":[{"id":"%s","title":"Add a card reuse check","owner":"ivy",
                   "dueDate":"2026-12-01","status":"OPEN"}]}
                """.formatted(INCIDENT_ID, number, author, number, rootCause, ACTION_ID);
    }

    static String versions(String... versions) {
        return "{\"items\":[" + String.join(",", versions) + "],\"nextCursor\":null}";
    }

    static String actions() {
        return """
                {"items":[{"id":"%s","title":"Add a card reuse check","owner":"ivy","dueDate":"2026-12-01",
                  "status":"OPEN","waiver":null,"doneBy":null,"doneAt":null,"version":2},
                 {"id":"%s","title":"Review weekend staffing","owner":"lena","dueDate":"2020-01-01",
                  "status":"IN_PROGRESS","waiver":null,"doneBy":null,"doneAt":null,"version":0}]}
                """.formatted(ACTION_ID, LEAD_ACTION_ID);
    }
}
