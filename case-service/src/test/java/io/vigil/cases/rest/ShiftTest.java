package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.leadOf;
import static io.vigil.cases.rest.IncidentFixtures.leo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class ShiftTest {

    @Inject
    AuditRows audit;

    static String person() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String shift(String region, String queueId, String person, String role, Instant from, Instant to) {
        return """
                {"region":"%s",%s"person":"%s","role":"%s","startsAt":"%s","endsAt":"%s"}
                """.formatted(region, queueId == null ? "" : "\"queueId\":\"" + queueId + "\",", person, role, from, to);
    }

    /** A shift around now, so the person is on duty. */
    static String now(String region, String queueId, String person, String role) {
        Instant now = TestClock.now();
        return shift(region, queueId, person, role, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(7)));
    }

    static ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/shifts").then();
    }

    static ValidatableResponse onDuty(String token, String region, String queueId) {
        var request = given().auth().oauth2(token).queryParam("region", region);
        if (queueId != null) {
            request.queryParam("queueId", queueId);
        }
        return request.when().get("/api/shifts/on-duty").then();
    }

    @Nested
    class Roster {

        @Test
        void aLeadPlansReadsMovesAndRemovesAShiftEachStepAudited() {
            String who = person();
            var created = create(leo(), now("US", null, who, "INVESTIGATOR")).statusCode(201)
                    .header("ETag", equalTo("\"0\"")).body("createdBy", equalTo("leo")).extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/api/shifts/" + id);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/shifts/" + id).then().statusCode(200)
                    .body("person", equalTo(who));
            Instant later = TestClock.now().plus(Duration.ofDays(1));
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(shift("US", null, who, "LEAD", later, later.plus(Duration.ofHours(8))))
                    .when().put("/api/shifts/" + id).then().statusCode(200).body("role", equalTo("LEAD"))
                    .header("ETag", equalTo("\"1\""));
            given().auth().oauth2(leo()).header("If-Match", "\"0\"").when().delete("/api/shifts/" + id)
                    .then().statusCode(412);
            given().auth().oauth2(TestTokens.ada()).header("If-Match", "\"1\"").when().delete("/api/shifts/" + id)
                    .then().statusCode(204);
            given().auth().oauth2(leo()).when().get("/api/shifts/" + id).then().statusCode(404);
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"shift.create\""))
                    .anyMatch(e -> e.contains("\"shift.update\"")).anyMatch(e -> e.contains("\"shift.delete\""))
                    .anyMatch(e -> e.contains("stale-version"));
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyAnswersTheFirstShift() {
            String key = "k-" + UUID.randomUUID();
            String body = now("US", null, person(), "INVESTIGATOR");
            String first = given().auth().oauth2(leo()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body).when().post("/api/shifts").then().statusCode(201).extract().path("id");
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/api/shifts").then().statusCode(201).body("id", equalTo(first));
        }

        @Test
        void theRosterIsFilteredAndPagedByStartTime() {
            String who = person();
            Instant base = TestClock.now().plus(Duration.ofDays(30));
            String second = create(leo(), shift("US", null, who, "INVESTIGATOR", base.plus(Duration.ofDays(1)),
                    base.plus(Duration.ofDays(1)).plus(Duration.ofHours(8)))).statusCode(201).extract().path("id");
            String first = create(leo(), shift("US", null, who, "INVESTIGATOR", base, base.plus(Duration.ofHours(8))))
                    .statusCode(201).extract().path("id");
            String next = given().auth().oauth2(TestTokens.ivy()).queryParam("person", who).queryParam("limit", 1)
                    .when().get("/api/shifts").then().statusCode(200).body("items.id", contains(first))
                    .body("nextCursor", notNullValue()).extract().path("nextCursor");
            given().auth().oauth2(TestTokens.ivy()).queryParam("person", who).queryParam("cursor", next)
                    .when().get("/api/shifts").then().body("items.id", contains(second));
            given().auth().oauth2(TestTokens.ivy()).queryParam("person", who)
                    .queryParam("from", base.plus(Duration.ofHours(12)).toString()).when().get("/api/shifts")
                    .then().body("items.id", contains(second));
            given().auth().oauth2(TestTokens.ian()).queryParam("person", who).when().get("/api/shifts")
                    .then().body("items", empty());
            given().auth().oauth2(TestTokens.ivy()).queryParam("from", "tomorrow").when().get("/api/shifts")
                    .then().statusCode(400).body("errors[0].field", equalTo("from"));
        }
    }

    @Nested
    class Rules {

        @Test
        void aBadShiftNamesEachBadField() {
            Instant now = TestClock.now();
            create(leo(), shift("US", null, person(), "LEAD", now, now.minusSeconds(60))).statusCode(400)
                    .body("errors[0].field", equalTo("endsAt"));
            create(leo(), shift("US", null, person(), "LEAD", now, now.plus(Duration.ofDays(15)))).statusCode(400)
                    .body("errors[0].field", equalTo("endsAt"));
            create(leo(), shift("usa", null, "bad name!", "CAPTAIN", now, now)).statusCode(400);
            create(leo(), "{\"region\":\"US\"}").statusCode(400).body("errors.field",
                    containsInAnyOrder("endsAt", "person", "role", "startsAt"));
            create(leo(), now("US", UUID.randomUUID().toString(), person(), "LEAD")).statusCode(400)
                    .body("errors[0].field", equalTo("queueId"));
        }

        @Test
        void aPersonIsNotOnTwoOverlappingShifts() {
            String who = person();
            create(leo(), now("US", null, who, "LEAD")).statusCode(201);
            create(TestTokens.lena(), now("EU", null, who, "LEAD")).statusCode(409)
                    .body("type", endsWith("shift-overlap"));
        }

        @Test
        void shiftsArePlannedOnlyInOnesRegionsAndOnlyByLeadsAndAdmins() {
            create(leo(), now("EU", null, person(), "LEAD")).statusCode(403).body("type", endsWith("region-not-permitted"));
            create(TestTokens.ivy(), now("US", null, person(), "LEAD")).statusCode(403);
            create(TestTokens.aud(), now("US", null, person(), "LEAD")).statusCode(403);
            String id = create(TestTokens.ada(), now("US", null, person(), "LEAD")).statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.ian()).when().get("/api/shifts/" + id).then().statusCode(404);
            given().auth().oauth2(IncidentFixtures.lex()).contentType(ContentType.JSON)
                    .body(now("EU", null, person(), "LEAD")).when().put("/api/shifts/" + id).then().statusCode(404);
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"shift.update\"") && e.contains("not-found"));
        }
    }

    @Nested
    class OnDuty {

        @Test
        void whoIsOnDutyNowForARegionAndForOneOfItsQueues() {
            String lead = leadOf("lara", "QS");
            String queue = CaseFixtures.queue(lead, "QS");
            String regionLead = person();
            String queueLead = person();
            String worker = person();
            String later = person();
            create(lead, now("QS", null, regionLead, "LEAD")).statusCode(201);
            create(lead, now("QS", queue, queueLead, "LEAD")).statusCode(201);
            create(lead, now("QS", queue, worker, "INVESTIGATOR")).statusCode(201);
            Instant tomorrow = TestClock.now().plus(Duration.ofDays(1));
            create(lead, shift("QS", null, later, "LEAD", tomorrow, tomorrow.plus(Duration.ofHours(8)))).statusCode(201);
            onDuty(IncidentFixtures.investigatorOf("quinn", "QS"), "QS", null).statusCode(200)
                    .body("leads.person", containsInAnyOrder(regionLead, queueLead))
                    .body("investigators.person", contains(worker));
            onDuty(lead, "QS", queue).body("leads.person", containsInAnyOrder(regionLead, queueLead))
                    .body("queueId", equalTo(queue));
            given().auth().oauth2(lead).queryParam("region", "QS").queryParam("at", tomorrow.plusSeconds(60).toString())
                    .when().get("/api/shifts/on-duty").then().body("leads.person", contains(later))
                    .body("investigators", empty());
        }

        @Test
        void onDutyNeedsOneOfTheCallersRegionsAndAQueueOfIt() {
            onDuty(TestTokens.ivy(), "EU", null).statusCode(400).body("errors[0].field", equalTo("region"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/shifts/on-duty").then().statusCode(400)
                    .body("errors[0].field", equalTo("region"));
            onDuty(TestTokens.ivy(), "US", UUID.randomUUID().toString()).statusCode(400)
                    .body("errors[0].field", equalTo("queueId"));
            onDuty(TestTokens.token("sam", Set.of("sop-author"), List.of("US")), "US", null).statusCode(403);
        }
    }
}
