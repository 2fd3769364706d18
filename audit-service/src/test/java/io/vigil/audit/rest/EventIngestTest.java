package io.vigil.audit.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.audit.rest.AuditFixtures.awaitCheckpointed;
import static io.vigil.audit.rest.AuditFixtures.batch;
import static io.vigil.audit.rest.AuditFixtures.envelope;
import static io.vigil.audit.rest.AuditFixtures.ingest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_test"))
class EventIngestTest {

    @Nested
    class Ingest {

        @Test
        void aBatchIsAcceptedAndEachEventGetsASeq() throws Exception {
            List<Map<String, Object>> events = batch("ingest-" + UUID.randomUUID(), 3);

            ingest(events).statusCode(202).body("accepted", equalTo(3)).body("duplicates", equalTo(0));

            long first = awaitCheckpointed(events.get(0).get("eventId"));
            long last = awaitCheckpointed(events.get(2).get("eventId"));
            assertThat(last).isGreaterThan(first);
        }

        @Test
        void duplicateDeliveryChangesNothing() throws Exception {
            List<Map<String, Object>> events = batch("dup-" + UUID.randomUUID(), 2);
            ingest(events).statusCode(202);
            long seq = awaitCheckpointed(events.get(0).get("eventId"));
            String stored = given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + events.get(0).get("eventId"))
                    .then().statusCode(200).extract().asString();

            ingest(events).statusCode(202).body("accepted", equalTo(0)).body("duplicates", equalTo(2));
            ingest(List.of(events.get(1), events.get(1))).statusCode(202).body("duplicates", equalTo(2));
            Thread.sleep(600);

            assertThat(awaitCheckpointed(events.get(0).get("eventId"))).isEqualTo(seq);
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + events.get(0).get("eventId"))
                    .then().statusCode(200).body(equalTo(stored));
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/producers").then().statusCode(200)
                    .body("items.find { it.producer == '" + events.get(0).get("producer") + "' }.events", equalTo(2));
        }

        @Test
        void anEnvelopeWithoutAnActionIsRefusedNamingTheField() {
            Map<String, Object> event = envelope("invalid", 0);
            event.remove("action");

            ingest(List.of(event)).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("action")));
        }

        @Test
        void anUnknownMemberIsRefusedRatherThanSilentlyDropped() {
            Map<String, Object> event = envelope("invalid", 0);
            event.put("password", "hunter2");

            ingest(List.of(event)).statusCode(400).contentType("application/problem+json");
        }

        @Test
        void anEmptyBatchAndOneOverAThousandAreRefused() {
            ingest(List.of()).statusCode(400);
            ingest(batch("too-many", 1001)).statusCode(400);
        }

        @Test
        void onlyAuditWritersMayIngest() {
            given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON).body(batch("x", 1))
                    .post("/api/audit/events").then().statusCode(403).contentType("application/problem+json");
            given().contentType(ContentType.JSON).body(batch("x", 1))
                    .post("/api/audit/events").then().statusCode(401);
        }
    }

    @Nested
    class Producers {

        @Test
        void aMissingProducerSeqIsReportedAsAGap() throws Exception {
            String producer = "gappy-" + UUID.randomUUID();
            List<Map<String, Object>> events = List.of(envelope(producer, 0), envelope(producer, 1), envelope(producer, 4));
            ingest(events).statusCode(202);
            awaitCheckpointed(events.get(2).get("eventId"));

            given().auth().oauth2(TestTokens.aud()).get("/api/audit/producers").then().statusCode(200)
                    .body("items.find { it.producer == '" + producer + "' }.highWater", equalTo(4))
                    .body("items.find { it.producer == '" + producer + "' }.gaps[0].from", equalTo(2))
                    .body("items.find { it.producer == '" + producer + "' }.gaps[0].to", equalTo(3));
        }

        @Test
        void producerMarksAreForAuditors() {
            given().auth().oauth2(TestTokens.ivy()).get("/api/audit/producers").then().statusCode(403);
        }
    }

    @Nested
    class Reading {

        @Test
        void anUnknownEventIsAProblem404() {
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void aMalformedEventIdIsAProblem() {
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/not-a-uuid")
                    .then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)));
        }

        @Test
        void investigatorsCannotReadTheLog() {
            given().auth().oauth2(TestTokens.ivy()).get("/api/audit/events/" + UUID.randomUUID())
                    .then().statusCode(403);
        }
    }
}
