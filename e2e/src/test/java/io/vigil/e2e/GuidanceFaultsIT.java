package io.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.e2e.support.Api;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.CaseFixtures;
import io.vigil.e2e.support.Poll;
import io.vigil.e2e.support.Reply;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.VigilStack;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case work through outages: with sop-service stopped a case is still worked and guidance says it is
 * unavailable, and the decision record made meanwhile reaches sop-service once it is back; with audit-service
 * stopped the events of the work done meanwhile arrive after it is started again, none lost, none twice.
 */
@ExtendWith(VigilStack.class)
class GuidanceFaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOP = "shop.counterfeit-listing";

    @Test
    void withSopServiceStoppedTheCaseIsWorkedGuidanceSaysUnavailableAndTheDecisionArrivesLater(Stack stack) {
        Api ada = Api.as(stack.keycloak().passwordToken("ada"));
        Reply seeded = ada.post(App.SOP_SERVICE, "/api/admin/demo-seed", Map.of());
        assertThat(seeded.status()).as("%s", seeded).isEqualTo(200);
        Api ivy = Api.as(stack.keycloak().passwordToken("ivy"));
        String id = CaseFixtures.open(stack.keycloak().passwordToken("ivy"), "US", "Fake trainers").path("id").asText();
        String guidance = "/api/cases/" + id + "/guidance";

        // A freshly started sop-service may miss the first call's timeout while it warms up; it is then retried.
        JsonNode shown = Poll.until(Duration.ofSeconds(60), () -> ivy.get(App.CASE_SERVICE, guidance).json(),
                g -> g.path("status").asText().equals("AVAILABLE"));
        assertThat(shown.path("sop").path("key").asText()).isEqualTo(SOP);
        assertThat(step(ivy, id, "reporter", "rights-owner").path("position").path("question").path("input").asText())
                .isEqualTo("proof");
        assertThat(step(ivy, id, "proof", "no").path("position").path("outcome").path("code").asText())
                .isEqualTo("REQUEST_PROOF");
        long decisionsBefore = decisionsRecorded(ada);

        stack.stop(App.SOP_SERVICE);
        try {
            Instant asked = Instant.now();
            Reply unavailable = ivy.get(App.CASE_SERVICE, guidance);
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
            assertThat(unavailable.status()).as("%s", unavailable).isEqualTo(200);
            assertThat(unavailable.json().path("status").asText()).isEqualTo("UNAVAILABLE");
            assertThat(unavailable.json().path("message").asText())
                    .isEqualTo("Guidance is unavailable right now; you can continue working the case");
            assertThat(unavailable.json().path("walk").path("treeOutcome").asText()).isEqualTo("REQUEST_PROOF");

            assertThat(transition(ivy, id, "TRIAGED").status()).isEqualTo(200);
            assertThat(transition(ivy, id, "IN_PROGRESS").status()).isEqualTo(200);
            Reply note = ivy.post(App.CASE_SERVICE, "/api/cases/" + id + "/notes",
                    Map.of("body", "Asked the rights owner for the registration number."));
            assertThat(note.status()).as("%s", note).isEqualTo(201);
            Reply resolved = transition(ivy, id, "RESOLVED");
            assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
            JsonNode decided = ivy.get(App.CASE_SERVICE, guidance).json();
            assertThat(decided.path("walk").path("status").asText()).isEqualTo("DECIDED");
            assertThat(decided.path("decision").path("status").asText()).isEqualTo("QUEUED");
        } finally {
            stack.start(App.SOP_SERVICE);
        }

        Poll.until(Duration.ofSeconds(60), () -> ivy.get(App.CASE_SERVICE, guidance).json(),
                g -> g.path("decision").path("status").asText().equals("DELIVERED"));
        assertThat(decisionsRecorded(ada)).as("the decision record arrived once").isEqualTo(decisionsBefore + 1);
        Poll.until(Duration.ofSeconds(60), () -> ivy.get(App.CASE_SERVICE, guidance).json(),
                g -> g.path("status").asText().equals("AVAILABLE"));
    }

    @Test
    void withAuditServiceStoppedTheEventsOfTheWorkDoneMeanwhileArriveAfterItReturnsOnceEach(Stack stack) {
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        Api ivy = Api.as(stack.keycloak().passwordToken("ivy"));
        Api aud = Api.as(stack.keycloak().passwordToken("aud"));
        String id = CaseFixtures.open(stack.keycloak().passwordToken("ivy"), "US", "Replica bags").path("id").asText();
        Poll.until(Duration.ofSeconds(30), () -> events(aud, id, from), e -> e.size() == 1);

        stack.stop(App.AUDIT_SERVICE);
        try {
            assertThat(transition(ivy, id, "TRIAGED").status()).isEqualTo(200);
            assertThat(transition(ivy, id, "IN_PROGRESS").status()).isEqualTo(200);
            assertThat(ivy.post(App.CASE_SERVICE, "/api/cases/" + id + "/notes", Map.of("body", "Checked the seller"))
                    .status()).isEqualTo(201);
            assertThat(ivy.post(App.CASE_SERVICE, "/api/cases/" + id + "/labels", Map.of("label", "repeat-offender"))
                    .status()).isEqualTo(200);
        } finally {
            stack.start(App.AUDIT_SERVICE);
        }

        List<JsonNode> arrived = Poll.until(Duration.ofSeconds(60), () -> events(aud, id, from), e -> e.size() >= 5);
        assertThat(actions(arrived)).containsExactlyInAnyOrder("case.open", "case.transition", "case.transition",
                "case.note", "case.label");
        assertThat(new HashSet<>(eventIds(arrived))).hasSize(arrived.size());
        sleep(Duration.ofSeconds(5));
        assertThat(events(aud, id, from)).as("nothing delivered twice").hasSize(5);
    }

    private static JsonNode step(Api ivy, String id, String input, String value) {
        Reply reply = ivy.post(App.CASE_SERVICE, "/api/cases/" + id + "/guidance/walk",
                Map.of("input", input, "value", value));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private static Reply transition(Api ivy, String id, String to) {
        return ivy.post(App.CASE_SERVICE, "/api/cases/" + id + "/transitions", Map.of("to", to, "reason", "e2e"));
    }

    private static long decisionsRecorded(Api ada) {
        Reply stats = ada.get(App.SOP_SERVICE, "/api/sops/" + SOP + "/versions/1/stats");
        assertThat(stats.status()).as("%s", stats).isEqualTo(200);
        return stats.json().path("agreement").path("total").asLong();
    }

    /** Every event audit-service holds about the case, as an auditor finds them. */
    private static List<JsonNode> events(Api aud, String caseId, Instant from) {
        Reply reply = aud.get(App.AUDIT_SERVICE, "/api/audit/events?targetType=case&targetId=" + caseId + "&from="
                + from + "&to=" + Instant.now().plus(1, ChronoUnit.HOURS) + "&limit=500");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<JsonNode> envelopes = new ArrayList<>();
        reply.json().path("items").forEach(item -> envelopes.add(envelope(item.path("envelope"))));
        return envelopes;
    }

    private static JsonNode envelope(JsonNode stored) {
        try {
            return stored.isTextual() ? JSON.readTree(stored.asText()) : stored;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("an envelope that is not JSON: " + stored, e);
        }
    }

    private static List<String> actions(List<JsonNode> events) {
        return events.stream().map(e -> e.path("action").asText()).toList();
    }

    private static List<String> eventIds(List<JsonNode> events) {
        return events.stream().map(e -> e.path("eventId").asText()).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
