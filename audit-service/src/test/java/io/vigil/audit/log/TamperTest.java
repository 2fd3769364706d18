package io.vigil.audit.log;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Attacks on the stored log, in a database of its own because they leave it damaged on purpose. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_tamper_test"))
class TamperTest {

    private static final String URL = TestDatabase.url("audit_tamper_test");

    @Inject
    Sequencer sequencer;

    @Nested
    class AppendOnly {

        @Test
        void theApplicationRoleCannotUpdateOrDeleteLogRows() throws Exception {
            long seq = appendOne();
            try (Connection c = DriverManager.getConnection(URL, "vigil", "vigil")) {
                assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE event SET action = 'x.y' WHERE seq = " + seq))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM leaf WHERE seq = " + seq))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> c.createStatement().execute("TRUNCATE checkpoint"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
    }

    @Nested
    class Verification {

        @Test
        void aRowChangedBySuperuserIsDetectedWithItsSeqNamed() throws Exception {
            long seq = appendOne();
            asSuperuser("UPDATE event SET envelope = replace(envelope, '\"US\"', '\"EU\"') WHERE seq = " + seq);

            assertThat(faults()).anySatisfy(f -> {
                assertThat(f.getLong("seq")).isEqualTo(seq);
                assertThat(f.getString("kind")).isEqualTo("EVENT_CHANGED");
            });
        }

        @Test
        void aRowDeletedBySuperuserIsDetectedWithItsSeqNamed() throws Exception {
            long seq = appendOne();
            asSuperuser("DELETE FROM event WHERE seq = " + seq);

            assertThat(faults()).anySatisfy(f -> {
                assertThat(f.getLong("seq")).isEqualTo(seq);
                assertThat(f.getString("kind")).isEqualTo("EVENT_REMOVED");
            });
        }

        @Test
        void onlyAuditorsRunTheVerification() {
            given().auth().oauth2(TestTokens.ivy()).post("/api/audit/verification").then().statusCode(403);
        }
    }

    @Nested
    class Takeover {

        @Test
        void aSecondInstanceWaitsWhileTheLeaderLivesAndTakesOverWhenItIsGone() throws Exception {
            try (Connection otherLeader = DriverManager.getConnection(URL, "vigil", "vigil")) {
                takeLeadFrom(otherLeader);
                UUID eventId = ingestOne();
                Thread.sleep(800);
                assertThat(sequencer.leading()).isFalse();
                given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + eventId).then().statusCode(404);

                otherLeader.close();
                seqOf(eventId);
                assertThat(sequencer.leading()).isTrue();
            }
        }

        /** Plays the first instance: grabs the lock the moment this instance lets go of it. */
        private void takeLeadFrom(Connection other) throws Exception {
            for (int attempt = 0; attempt < 200; attempt++) {
                sequencer.resign();
                var lock = other.createStatement().executeQuery("SELECT pg_try_advisory_lock(" + Sequencer.LEADER_LOCK + ")");
                lock.next();
                if (lock.getBoolean(1)) {
                    return;
                }
                Thread.sleep(5);
            }
            throw new AssertionError("could not take the sequencer lock");
        }
    }

    private static List<JsonPath> faults() {
        JsonPath report = given().auth().oauth2(TestTokens.aud()).post("/api/audit/verification")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("verified")).isFalse();
        List<JsonPath> faults = new ArrayList<>();
        for (int i = 0; i < report.getList("faults").size(); i++) {
            faults.add(new JsonPath(report.prettify()).setRootPath("faults[" + i + "]"));
        }
        return faults;
    }

    private static void asSuperuser(String sql) throws SQLException {
        // Trust authentication for postgres over TCP on this machine; session_replication_role=replica is how
        // a superuser silences triggers, which is exactly the attack the verification must catch.
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            c.createStatement().execute("SET session_replication_role = replica");
            c.createStatement().executeUpdate(sql);
        }
    }

    private long appendOne() throws Exception {
        return seqOf(ingestOne());
    }

    private static UUID ingestOne() {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> envelope = Map.of("eventId", eventId.toString(), "producer", "tamper", "producerSeq", 0,
                "occurredAt", Instant.now().toString(), "actor", Map.of("type", "system", "ref", "tamper"),
                "action", "case.open", "outcome", Map.of("status", "success"), "region", "US");
        given().auth().oauth2(TestTokens.token("service-account-case-service", Set.of("audit-writer"), List.of()))
                .contentType(ContentType.JSON).body(List.of(envelope)).post("/api/audit/events").then().statusCode(202);
        return eventId;
    }

    private static long seqOf(UUID eventId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var response = given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + eventId);
            if (response.statusCode() == 200) {
                return response.jsonPath().getLong("seq");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("event " + eventId + " was not sequenced");
    }
}
