package io.vigil.audit.log;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A sequencer whose database session dies in the middle of a batch (the instance killed, its connection cut):
 * PostgreSQL rolls the half-written batch back, the standby takes over, the producer redelivers, and the log ends
 * with every event exactly once. In a database of its own so the counts are the whole log's.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_crash_test"))
class SequencerCrashTest {

    private static final String URL = TestDatabase.url("audit_crash_test");

    @Inject
    Sequencer sequencer;

    @Inject
    ObjectMapper json;

    @Test
    void aSequencerKilledMidBatchLosesAndDuplicatesNothing() throws Exception {
        String producer = "crash-" + UUID.randomUUID();
        List<Map<String, Object>> first = batch(producer, 0, 300);
        try (Connection dying = DriverManager.getConnection(URL, "vigil", "vigil")) {
            takeLeadFrom(dying);
            ingest(first).body("accepted", equalTo(300));
            dying.setAutoCommit(false);
            LogAppender appender = new LogAppender(killedBefore("INSERT INTO tree_node", dying), json);

            assertThatThrownBy(() -> appender.append(1000, Instant.now())).isInstanceOf(SQLException.class);
        }
        assertThat(count("SELECT count(*) FROM leaf WHERE producer = '" + producer + "'")).isZero();

        // The producer never saw its batch sequenced, so it redelivers it with more events behind it.
        List<Map<String, Object>> second = new ArrayList<>(first);
        second.addAll(batch(producer, 300, 200));
        ingest(second).body("accepted", equalTo(200)).body("duplicates", equalTo(300));

        awaitSequenced(producer, 500);
        assertThat(sequencer.leading()).isTrue();
        assertThat(count("SELECT count(DISTINCT event_id) FROM event WHERE producer = '" + producer + "'")).isEqualTo(500);
        assertThat(count("SELECT count(*) FROM event WHERE producer = '" + producer + "'")).isEqualTo(500);
        assertThat(count("SELECT count(*) FROM leaf")).isEqualTo(count("SELECT max(seq) + 1 FROM leaf"));
        given().auth().oauth2(TestTokens.aud()).get("/api/audit/producers").then().statusCode(200)
                .body("items.find { it.producer == '" + producer + "' }.highWater", equalTo(499))
                .body("items.find { it.producer == '" + producer + "' }.events", equalTo(500))
                .body("items.find { it.producer == '" + producer + "' }.gaps.size()", equalTo(0));
        given().auth().oauth2(TestTokens.aud()).post("/api/audit/verification").then().statusCode(200)
                .body("verified", equalTo(true)).body("faults.size()", equalTo(0));
    }

    /** Plays an instance that took the lead: grabs the lock the moment this instance lets go of it. */
    private void takeLeadFrom(Connection other) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            sequencer.resign();
            ResultSet lock = other.createStatement().executeQuery("SELECT pg_try_advisory_lock(" + Sequencer.LEADER_LOCK + ")");
            lock.next();
            if (lock.getBoolean(1)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("could not take the sequencer lock");
    }

    /**
     * The connection of an instance that dies once it has written the batch's leaves and events but before its tree
     * nodes and commit: its backend is terminated from outside, exactly what a killed process or a cut network does.
     */
    private static Connection killedBefore(String sqlPrefix, Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(sqlPrefix)) {
                        return killingOnExecute((PreparedStatement) result, real);
                    }
                    return result;
                });
    }

    private static PreparedStatement killingOnExecute(PreparedStatement statement, Connection real) {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        assertThat(count(real, "SELECT count(*) FROM leaf")).isGreaterThan(0);
                        terminate(real);
                    }
                    return invoke(statement, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void terminate(Connection victim) throws SQLException {
        long pid = count(victim, "SELECT pg_backend_pid()");
        try (Connection killer = DriverManager.getConnection(URL, "vigil", "vigil");
             PreparedStatement kill = killer.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setLong(1, pid);
            kill.execute();
        }
    }

    private static void awaitSequenced(String producer, long events) throws Exception {
        for (int i = 0; i < 150; i++) {
            if (count("SELECT count(*) FROM leaf WHERE producer = '" + producer + "'") == events
                    && count("SELECT coalesce(max(tree_size), 0) FROM checkpoint") >= count("SELECT max(seq) + 1 FROM leaf")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(producer + "'s " + events + " events were not sequenced and checkpointed in 15 s");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "vigil", "vigil")) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet row = c.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<Map<String, Object>> batch(String producer, int fromSeq, int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = fromSeq; i < fromSeq + count; i++) {
            events.add(Map.of("eventId", UUID.randomUUID().toString(), "producer", producer, "producerSeq", i,
                    "occurredAt", Instant.now().toString(), "actor", Map.of("type", "system", "ref", "crash"),
                    "action", "case.open", "outcome", Map.of("status", "success"), "region", "US"));
        }
        return events;
    }

    private static io.restassured.response.ValidatableResponse ingest(List<Map<String, Object>> events) {
        return given().auth().oauth2(TestTokens.token("service-account-case-service", Set.of("audit-writer"), List.of()))
                .contentType(ContentType.JSON).body(events).post("/api/audit/events").then().statusCode(202);
    }
}
