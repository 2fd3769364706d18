package io.vigil.audit.log;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Readiness and gauges an operator watches; shares TamperTest's database and application. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_tamper_test"))
class OperationsTest {

    @Inject
    Sequencer sequencer;

    @Test
    void aStandbyIsStillReadyAndSaysSoAndTheLeaderSaysLeader() throws Exception {
        try (Connection other = DriverManager.getConnection(TestDatabase.url("audit_tamper_test"), "vigil", "vigil")) {
            holdLockAgainst(other);
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'audit-sequencer' }.data.role", equalTo("standby"));
        }
        for (int i = 0; i < 50 && !sequencer.leading(); i++) {
            Thread.sleep(100);
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'audit-sequencer' }.data.role", equalTo("leader"));
    }

    @Test
    void logSizeCheckpointAgeAndSequencerLagArePrometheusGauges() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("vigil_audit_log_size_events"))
                .body(containsString("vigil_audit_checkpoint_age_seconds"))
                .body(containsString("vigil_audit_sequencer_lag_events"))
                .body(containsString("vigil_audit_sequencer_leading"));
    }

    private void holdLockAgainst(Connection other) throws Exception {
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
}
