package io.vigil.audit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.audit.client.OutboxRelay.RelayResult;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_client_test"))
class AuditOutboxTest {

    private static final String INGEST = "/auth/api/audit/events";

    @OidcWireMock
    WireMockServer wireMock;
    @Inject
    AuditLog audit;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRows outbox;
    @Inject
    ObjectMapper json;

    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeIngestStubs() {
        stubs.forEach(wireMock::removeStub);
    }

    @Nested
    class Recording {

        @Test
        void anEventCommitsWithTheChangeAndCarriesTheCallerTheRequestIdAndTheProducer() throws Exception {
            given().auth().oauth2(TestTokens.ivy()).header("X-Request-Id", "req-commit-1")
                    .when().post("/test/cases/commit-1").then().statusCode(200);

            JsonNode event = json.readTree(onlyEnvelopeFor("commit-1"));
            assertThat(event.at("/actor/type").asText()).isEqualTo("user");
            assertThat(event.at("/actor/ref").asText()).isEqualTo("sub-ivy");
            assertThat(event.at("/actor/roles/0").asText()).isEqualTo("investigator");
            assertThat(event.at("/correlationId").asText()).isEqualTo("req-commit-1");
            assertThat(event.at("/producer").asText()).isEqualTo("audit-client-test");
            assertThat(event.at("/outcome/status").asText()).isEqualTo("success");
            assertThat(event.at("/subjects/0/ref").asText()).isEqualTo("A-9");
            assertThat(event.has("producerSeq")).as("numbered by the relay, not the writer").isFalse();
            assertThat(UUID.fromString(event.at("/eventId").asText()).version()).isEqualTo(7);
        }

        @Test
        void anEventOfARolledBackChangeIsNeverWritten() throws Exception {
            given().auth().oauth2(TestTokens.ivy()).when().post("/test/cases/fail-1").then().statusCode(500);

            assertThat(outbox.countWithTarget("fail-1")).isZero();
        }

        @Test
        void aDeniedAttemptIsRecordedInItsOwnTransaction() throws Exception {
            String id = given().auth().oauth2(TestTokens.ivy()).when().post("/test/cases/denied-1/denied")
                    .then().statusCode(200).extract().asString();

            JsonNode event = json.readTree(outbox.envelope(UUID.fromString(id)).orElseThrow());
            assertThat(event.at("/outcome/status").asText()).isEqualTo("denied");
            assertThat(event.at("/outcome/code").asText()).isEqualTo("region-not-permitted");
        }

        @Test
        void recordingOutsideATransactionIsRefusedSoNoEventCanOutliveARollback() {
            assertThatThrownBy(() -> audit.event("case.open").target("case", "no-tx", 1L).record())
                    .isInstanceOf(TransactionalException.class);
        }

        @Test
        void outsideARequestTheActorIsTheSystem() {
            AuditEnvelope event = audit.event("sla.breach").target("case", "c-1", 2L).build();

            assertThat(event.actor()).isEqualTo(new AuditEnvelope.Actor(AuditEnvelope.ActorType.system,
                    "audit-client-test", List.of(), null));
        }

        @Test
        void wordsAPersonGaveTravelAsPersonalDataOfTheFirstSubjectNeverAsReasonText() {
            AuditEnvelope event = audit.event("case.transition").target("case", "c-2", 3L).subject("A-1", "account")
                    .subject("A-2", "account").givenReason("closed", "seller Jane Roe admitted it").build();

            assertThat(event.reason()).isEqualTo(new AuditEnvelope.Reason("closed", null));
            assertThat(event.personal()).isEqualTo(new AuditEnvelope.Personal("A-1",
                    java.util.Map.of("reason", "seller Jane Roe admitted it")));
        }

        @Test
        void withoutASubjectTheTargetsKeySealsTheWordsAndBlankWordsAddNothing() {
            assertThat(audit.event("incident.transition").target("incident", "i-1", 1L).givenReason("resolved", "rollback done")
                    .build().personal().subjectRef()).isEqualTo("incident:i-1");
            assertThat(audit.event("incident.transition").target("incident", "i-1", 1L).givenReason("resolved", " ")
                    .build().personal()).isNull();
            assertThat(audit.event("case.open").target("case", "c-3", 1L).personalDataOf("U-7").personal("name", "Ann")
                    .build().personal().subjectRef()).isEqualTo("U-7");
        }
    }

    @Nested
    class Relay {

        @Test
        void deliversABatchWithAClientCredentialsTokenAndGaplessProducerSeqs() throws Exception {
            acceptIngest(202);
            List<UUID> ids = recordEvents(3);

            assertThat(relayUntilIdle()).contains(RelayResult.DELIVERED);

            Map<UUID, Long> seqs = sentSeqs();
            assertThat(ids).allSatisfy(id -> assertThat(seqs).containsKey(id));
            assertThat(seqs.get(ids.get(1))).isEqualTo(seqs.get(ids.get(0)) + 1);
            assertThat(seqs.get(ids.get(2))).isEqualTo(seqs.get(ids.get(0)) + 2);
            assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(INGEST))))
                    .allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer ey"));
            for (UUID id : ids) {
                assertThat(outbox.holds(id)).as("acknowledged events leave the outbox").isFalse();
            }
        }

        @Test
        void aRefusedBatchStaysAndIsResentWithTheSameProducerSeqs() throws Exception {
            StubMapping unavailable = acceptIngest(503);
            List<UUID> ids = recordEvents(2);

            assertThat(relay.relay()).isEqualTo(RelayResult.FAILED);
            long first = outbox.producerSeq(ids.get(0)).orElseThrow();
            assertThat(outbox.producerSeq(ids.get(1))).contains(first + 1);

            wireMock.removeStub(unavailable);
            acceptIngest(202);
            relayUntilIdle();

            Map<UUID, Long> seqs = sentSeqs();
            assertThat(seqs.get(ids.get(0))).isEqualTo(first);
            assertThat(seqs.get(ids.get(1))).isEqualTo(first + 1);
            assertThat(outbox.holds(ids.get(0))).isFalse();
        }

        @Test
        void onlyOneRelayPerDatabaseIsActive() throws Exception {
            acceptIngest(202);
            UUID id = recordEvents(1).get(0);
            Connection otherReplica = outbox.holdRelayLock();
            try {
                assertThat(relay.relay()).isEqualTo(RelayResult.SKIPPED);
                assertThat(outbox.holds(id)).isTrue();
            } finally {
                outbox.releaseRelayLock(otherReplica);
            }
            relayUntilIdle();
            assertThat(outbox.holds(id)).isFalse();
        }

        @Test
        void theLagGaugesCountWaitingEvents() {
            acceptIngest(503);
            recordEvents(2);
            relay.relay();

            given().when().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("vigil_audit_outbox_pending"))
                    .body(org.hamcrest.Matchers.containsString("vigil_audit_outbox_oldest_age_seconds"));
        }
    }

    private StubMapping acceptIngest(int status) {
        StubMapping stub = wireMock.stubFor(post(urlEqualTo(INGEST)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"accepted\":0,\"duplicates\":0}")));
        stubs.add(stub);
        return stub;
    }

    private List<UUID> recordEvents(int count) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                ids.add(audit.event("case.note").target("case", "relay-" + UUID.randomUUID(), 1L).record());
            }
        });
        return ids;
    }

    private List<RelayResult> relayUntilIdle() {
        List<RelayResult> results = new ArrayList<>();
        RelayResult result;
        do {
            result = relay.relay();
            results.add(result);
        } while (result == RelayResult.DELIVERED && results.size() < 20);
        return results;
    }

    /** Every eventId the fake audit-service acknowledged, with the producerSeq it was sent with. */
    private Map<UUID, Long> sentSeqs() {
        return wireMock.findAll(postRequestedFor(urlEqualTo(INGEST))).stream()
                .flatMap(r -> StreamSupport.stream(readArray(r.getBodyAsString()).spliterator(), false))
                .collect(Collectors.toMap(e -> UUID.fromString(e.get("eventId").asText()),
                        e -> e.get("producerSeq").asLong(), (a, b) -> b));
    }

    private JsonNode readArray(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String onlyEnvelopeFor(String targetId) throws Exception {
        assertThat(outbox.countWithTarget(targetId)).isEqualTo(1);
        try (var c = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get().getConnection();
             var select = c.prepareStatement("SELECT envelope FROM audit_outbox WHERE envelope LIKE ?")) {
            select.setString(1, "%\"id\":\"" + targetId + "\"%");
            try (var row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
