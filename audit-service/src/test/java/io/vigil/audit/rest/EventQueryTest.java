package io.vigil.audit.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.audit.rest.AuditFixtures.awaitCheckpointed;
import static io.vigil.audit.rest.AuditFixtures.envelope;
import static io.vigil.audit.rest.AuditFixtures.ingest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_test"))
class EventQueryTest {

    static final String FROM = Instant.now().minus(1, ChronoUnit.HOURS).toString();
    static final String TO = Instant.now().plus(1, ChronoUnit.DAYS).toString();

    @Nested
    class Filters {

        @Test
        void aTargetsTimelineHoldsOnlyItsEventsInLogOrder() throws Exception {
            String target = UUID.randomUUID().toString();
            List<Map<String, Object>> events = List.of(onTarget(target, 0), onTarget(target, 1), envelope("q", 9));
            sequence(events);

            List<Long> seqs = search(Map.of("targetType", "case", "targetId", target)).statusCode(200)
                    .body("items", hasSize(2)).body("nextCursor", nullValue()).extract().jsonPath().getList("items.seq", Long.class);
            assertThat(seqs).isSorted();
        }

        @Test
        void everyFilterNarrowsTheAnswerToMatchingEvents() throws Exception {
            String target = UUID.randomUUID().toString();
            Map<String, Object> special = onTarget(target, 0);
            special.put("actor", Map.of("type", "user", "ref", "sub-" + target, "roles", List.of("lead")));
            special.put("action", "enforcement.approve");
            special.put("outcome", Map.of("status", "failure", "code", "stale"));
            special.put("sop", Map.of("key", "shop.counterfeit", "version", 3));
            special.put("subjects", List.of(Map.of("ref", "A-" + target, "role", "account")));
            special.put("region", "SG");
            sequence(List.of(special, onTarget(target, 1)));

            for (Map<String, String> filter : List.of(Map.of("actor", "sub-" + target), Map.of("action", "enforcement.approve"),
                    Map.of("outcome", "failure"), Map.of("sopKey", "shop.counterfeit", "sopVersion", "3"),
                    Map.of("subject", "A-" + target), Map.of("region", "SG"))) {
                Map<String, String> query = new HashMap<>(filter);
                query.put("targetId", target);
                search(query).statusCode(200).body("items", hasSize(1))
                        .body("items[0].envelope.eventId", org.hamcrest.Matchers.equalTo(special.get("eventId")));
            }
        }

        @Test
        void keysetPagesCoverEveryEventOnceInOrder() throws Exception {
            String target = UUID.randomUUID().toString();
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                events.add(onTarget(target, i));
            }
            sequence(events);

            List<Long> seen = new ArrayList<>();
            String cursor = "";
            int pages = 0;
            do {
                var page = search(Map.of("targetId", target, "limit", "2", "cursor", cursor)).statusCode(200)
                        .extract().jsonPath();
                seen.addAll(page.getList("items.seq", Long.class));
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null);
            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(5).doesNotHaveDuplicates().isSorted();
        }
    }

    @Nested
    class Errors {

        @Test
        void aQueryWithoutATimeRangeIsRefusedNamingBothBounds() {
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/events?targetType=case").then().statusCode(400)
                    .body("errors.field", hasItems("from", "to"));
        }

        @Test
        void aRangeEndingBeforeItStartsIsRefused() {
            search(Map.of("from", TO, "to", FROM)).statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        }

        @Test
        void anUnknownOutcomeAForeignCursorAndABadLimitAreProblems() {
            search(Map.of("outcome", "maybe")).statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("outcome"));
            search(Map.of("cursor", "bm90LW91cnM")).statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
            search(Map.of("limit", "501")).statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/events?from=yesterday&to=" + TO).then().statusCode(400);
        }
    }

    @Nested
    class Roles {

        @Test
        void onlyAuditorsQueryTheLog() {
            for (String token : List.of(TestTokens.ivy(), TestTokens.ada(), AuditFixtures.writer())) {
                given().auth().oauth2(token).get("/api/audit/events?from=" + FROM + "&to=" + TO).then().statusCode(403);
            }
            given().get("/api/audit/events?from=" + FROM + "&to=" + TO).then().statusCode(401);
        }
    }

    @Nested
    class SelfAudit {

        @Test
        void everyAuditorQueryIsItselfAnAuditEvent() throws Exception {
            String since = Instant.now().minusSeconds(1).toString();
            String marker = UUID.randomUUID().toString();
            search(Map.of("targetId", marker)).statusCode(200).body("items", hasSize(0));

            awaitMatch(Map.of("action", "audit.query", "actor", "sub-aud", "from", since), "targetId=" + marker);
        }

        @Test
        void aDeniedRequestIsAnAuditEventNamingWhoAndWhere() throws Exception {
            String who = "intruder-" + UUID.randomUUID();
            given().auth().oauth2(TestTokens.token(who, java.util.Set.of("investigator"), List.of("US")))
                    .get("/api/audit/producers").then().statusCode(403);

            var event = awaitMatch(Map.of("action", "access.denied", "actor", "sub-" + who), "");
            assertThat(event.get("target")).isEqualTo(Map.of("type", "endpoint", "id", "GET /api/audit/producers"));
            assertThat(event.get("outcome")).isEqualTo(Map.of("status", "denied", "code", "forbidden"));
        }
    }

    /** Polls the log until an event matching the filter (and containing {@code text}) has been sequenced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitMatch(Map<String, String> filter, String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Map<String, Object>> found = search(filter).statusCode(200).extract().jsonPath().getList("items.envelope");
            for (Map<String, Object> envelope : found) {
                if (String.valueOf(envelope.get("reason")).contains(text)) {
                    return envelope;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no event matching " + filter + " with " + text);
    }

    static ValidatableResponse search(Map<String, String> filter) {
        Map<String, String> query = new HashMap<>(Map.of("from", FROM, "to", TO));
        query.putAll(filter);
        return given().auth().oauth2(TestTokens.aud()).queryParams(query).get("/api/audit/events").then();
    }

    static Map<String, Object> onTarget(String target, long producerSeq) {
        Map<String, Object> e = envelope("query-" + target, producerSeq);
        e.put("target", Map.of("type", "case", "id", target, "version", producerSeq));
        return e;
    }

    static void sequence(List<Map<String, Object>> events) throws InterruptedException {
        ingest(events).statusCode(202);
        for (Map<String, Object> e : events) {
            awaitCheckpointed(e.get("eventId"));
        }
    }
}
