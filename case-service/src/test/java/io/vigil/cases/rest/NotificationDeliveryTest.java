package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.investigatorOf;
import static io.vigil.cases.rest.IncidentFixtures.leadOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.cases.notification.NotificationDispatcher;
import io.vigil.cases.sla.SlaSweep;
import io.vigil.testkit.TestDatabase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
@WithTestResource(value = WebhookReceiver.class, scope = TestResourceScope.GLOBAL)
class NotificationDeliveryTest {

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    SlaSweep sweep;

    @Inject
    AuditRows audit;

    @ConfigProperty(name = "vigil.test.webhook-receiver")
    String receiverUrl;

    private Receiver receiver() {
        return new Receiver(receiverUrl);
    }

    /** Runs dispatcher cycles until nothing due is left (pages of other tests go out too; the receiver takes them). */
    private void dispatchDue() {
        while (dispatcher.dispatch() > 0) {
            Thread.onSpinWait();
        }
    }

    /** A region of the test's own with a lead on shift now, returning the lead's token. */
    private static String regionWithLeadOnShift(String lead, String region) {
        String token = leadOf(lead, region);
        ShiftTest.create(token, ShiftTest.now(region, null, lead, "LEAD")).statusCode(201);
        return token;
    }

    private static io.restassured.response.ValidatableResponse notifications(String token, String path) {
        return given().auth().oauth2(token).when().get(path + "/notifications").then().statusCode(200);
    }

    @Nested
    class Incidents {

        @Test
        void aNewIncidentPagesTheOnShiftLeadWithASignedBodyAndRecordsTheDelivery() throws Exception {
            String nora = regionWithLeadOnShift("nora", "QN");
            String id = IncidentFixtures.incident(nora, "QN");
            String notification = notifications(nora, "/api/incidents/" + id).body("items", hasSize(1))
                    .body("items[0].status", equalTo("PENDING")).body("items[0].recipients", contains("nora"))
                    .body("items[0].event", equalTo("incident.declared")).extract().path("items[0].id");
            dispatchDue();
            List<Map<String, String>> received = receiver().received(notification);
            assertThat(received).hasSize(1);
            Map<String, String> request = received.get(0);
            assertThat(request.get("signature")).isEqualTo(Receiver.expectedSignature(request));
            assertThat(request.get("contentType")).startsWith("application/json");
            assertThat(Long.parseLong(request.get("timestamp"))).isCloseTo(TestClock.now().getEpochSecond(),
                    org.assertj.core.data.Offset.offset(60L));
            JsonNode body = new ObjectMapper().readTree(request.get("body"));
            assertThat(body.path("id").asText()).isEqualTo(notification);
            assertThat(body.path("type").asText()).isEqualTo("incident.declared");
            assertThat(body.path("recipients").get(0).asText()).isEqualTo("nora");
            assertThat(body.path("data").path("incidentId").asText()).isEqualTo(id);
            notifications(nora, "/api/incidents/" + id).body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(1)).body("items[0].deliveredAt", notNullValue());
            IncidentFixtures.timeline(nora, id).body("items.summary",
                    hasItem("Page incident.declared queued for on-shift lead nora"))
                    .body("items.summary", hasItem("Page incident.declared to nora delivered (attempt 1)"));
            assertThat(audit.about(notification)).anyMatch(e -> e.contains("\"notification.deliver\"")
                    && e.contains("\"DELIVERED\""));
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"incident.notify\""));
        }

        @Test
        void aFailingReceiverIsRetriedWithExponentialBackoffUntilItAnswers() {
            String mona = regionWithLeadOnShift("mona", "QM");
            String id = IncidentFixtures.incident(mona, "QM");
            String notification = notifications(mona, "/api/incidents/" + id).extract().path("items[0].id");
            receiver().fail(notification, 2, 503);
            dispatchDue();
            var first = notifications(mona, "/api/incidents/" + id).body("items[0].status", equalTo("PENDING"))
                    .body("items[0].attempts", equalTo(1))
                    .body("items[0].lastError", equalTo("receiver answered 503")).extract();
            assertThat(gap(first.path("items[0].lastAttemptAt"), first.path("items[0].nextAttemptAt")))
                    .isEqualTo(Duration.ofSeconds(1));
            dispatchDue();
            notifications(mona, "/api/incidents/" + id).body("items[0].attempts", equalTo(1));
            TestClock.advance(Duration.ofMillis(1100));
            dispatchDue();
            var second = notifications(mona, "/api/incidents/" + id).body("items[0].attempts", equalTo(2)).extract();
            assertThat(gap(second.path("items[0].lastAttemptAt"), second.path("items[0].nextAttemptAt")))
                    .isEqualTo(Duration.ofSeconds(2));
            TestClock.advance(Duration.ofMillis(2100));
            dispatchDue();
            notifications(mona, "/api/incidents/" + id).body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(3));
            List<Map<String, String>> received = receiver().received(notification);
            assertThat(received).extracting(r -> r.get("answered")).containsExactly("503", "503", "200");
            assertThat(received).allSatisfy(r -> assertThat(r.get("signature")).isEqualTo(Receiver
                    .expectedSignature(r)));
            assertThat(received).extracting(r -> r.get("body")).containsOnly(received.get(0).get("body"));
            IncidentFixtures.timeline(mona, id).body("items.summary",
                    hasItem("Page incident.declared to mona attempt 1 failed, retrying: receiver answered 503"));
        }

        @Test
        void aReceiverThatNeverAnswersIsGivenUpAfterTheLastAttempt() {
            String olga = regionWithLeadOnShift("olga", "QO");
            String id = IncidentFixtures.incident(olga, "QO");
            String notification = notifications(olga, "/api/incidents/" + id).extract().path("items[0].id");
            receiver().fail(notification, 10, 500);
            for (int attempt = 0; attempt < 3; attempt++) {
                dispatchDue();
                TestClock.advance(Duration.ofSeconds(5));
            }
            dispatchDue();
            notifications(olga, "/api/incidents/" + id).body("items[0].status", equalTo("FAILED"))
                    .body("items[0].attempts", equalTo(3)).body("items[0].nextAttemptAt", equalTo(null));
            assertThat(receiver().received(notification)).hasSize(3);
            IncidentFixtures.timeline(olga, id).body("items.summary",
                    hasItem("Page incident.declared to olga failed after 3 attempts, given up: receiver answered 500"));
            assertThat(audit.about(notification)).anyMatch(e -> e.contains("gave-up"));
        }
    }

    @Nested
    class Cases {

        private String urgentCase(String token, String region, String severity) {
            return given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(CaseFixtures.report(region, CaseFixtures.uniqueRef()).replace("\"high\"",
                            "\"" + severity + "\"")).when().post("/api/cases").then().statusCode(201)
                    .extract().path("id");
        }

        @Test
        void escalatingAP0CasePagesTheOnShiftLeadWithoutTheCasesText() throws Exception {
            String paula = regionWithLeadOnShift("paula", "QP");
            String pete = investigatorOf("pete", "QP");
            String kase = urgentCase(pete, "QP", "critical");
            String calm = urgentCase(pete, "QP", "medium");
            CaseFixtures.transition(pete, kase, "ESCALATED").statusCode(200);
            CaseFixtures.transition(pete, calm, "ESCALATED").statusCode(200);
            notifications(pete, "/api/cases/" + calm).body("items", hasSize(0));
            String notification = notifications(pete, "/api/cases/" + kase).body("items", hasSize(1))
                    .body("items[0].event", equalTo("case.escalated")).body("items[0].recipients", contains("paula"))
                    .extract().path("items[0].id");
            dispatchDue();
            Map<String, String> request = receiver().received(notification).get(0);
            JsonNode data = new ObjectMapper().readTree(request.get("body")).path("data");
            assertThat(data.path("caseId").asText()).isEqualTo(kase);
            assertThat(data.path("priority").asText()).isEqualTo("P0");
            assertThat(data.path("reason").asText()).isEqualTo("manual");
            assertThat(request.get("body")).doesNotContain("Counterfeit sneakers");
            given().auth().oauth2(paula).when().get("/api/cases/" + kase + "/timeline").then()
                    .body("items.summary", hasItem(startsWith("Page case.escalated to paula delivered")));
            assertThat(audit.about(kase)).anyMatch(e -> e.contains("\"case.notify\""));
            given().auth().oauth2(IncidentFixtures.lex()).when().get("/api/cases/" + kase + "/notifications")
                    .then().statusCode(404);
        }

        @Test
        void aBreachedP1CaseEscalatedByTheSlaSweepPagesTheLead() {
            String rita = regionWithLeadOnShift("rita", "QR");
            String kase = urgentCase(investigatorOf("remy", "QR"), "QR", "high");
            TestClock.advance(Duration.ofMinutes(61));
            while (sweep.sweep() > 0) {
                Thread.onSpinWait();
            }
            given().auth().oauth2(rita).when().get("/api/cases/" + kase).then().body("status", equalTo("ESCALATED"));
            notifications(rita, "/api/cases/" + kase).body("items", hasSize(1))
                    .body("items[0].event", equalTo("case.escalated"));
        }
    }

    private static Duration gap(String from, String to) {
        return Duration.between(Instant.parse(from), Instant.parse(to));
    }
}
