package io.vigil.audit.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Envelopes, tokens and waits the audit-service endpoint tests share. */
final class AuditFixtures {

    private AuditFixtures() {
    }

    /** case-service's service account, which holds audit-writer. */
    static String writer() {
        return TestTokens.token("service-account-case-service", Set.of("audit-writer"), List.of());
    }

    static Map<String, Object> envelope(String producer, long producerSeq) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", UUID.randomUUID().toString());
        e.put("producer", producer);
        e.put("producerSeq", producerSeq);
        e.put("occurredAt", Instant.parse("2026-11-23T10:15:30.123456Z").toString());
        e.put("actor", Map.of("type", "user", "ref", "sub-ivy", "roles", List.of("investigator")));
        e.put("action", "case.transition");
        e.put("outcome", Map.of("status", "success"));
        e.put("target", Map.of("type", "case", "id", UUID.randomUUID().toString(), "version", 2));
        e.put("region", "US");
        e.put("reason", Map.of("code", "triaged", "text", "Zurück → triage \u00e9"));
        e.put("subjects", List.of(Map.of("ref", "A-9", "role", "account")));
        e.put("changes", List.of(Map.of("field", "status", "before", "NEW", "after", "TRIAGED")));
        return e;
    }

    static List<Map<String, Object>> batch(String producer, int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(envelope(producer, i));
        }
        return events;
    }

    static ValidatableResponse ingest(List<Map<String, Object>> events) {
        return given().auth().oauth2(writer()).contentType(ContentType.JSON).body(events)
                .when().post("/api/audit/events").then();
    }

    /** Waits until the sequencer has appended the event and a checkpoint covers it; returns its seq. */
    static long awaitCheckpointed(Object eventId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var response = given().auth().oauth2(TestTokens.aud()).when().get("/api/audit/events/" + eventId + "/proof");
            if (response.statusCode() == 200) {
                return response.jsonPath().getLong("seq");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("event " + eventId + " was not sequenced and checkpointed within 10 s");
    }
}
