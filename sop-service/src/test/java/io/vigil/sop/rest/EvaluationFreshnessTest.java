package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.sop.evaluation.PublicationChannel;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Evaluation answers from memory, so these prove it never answers with a version that is no longer in effect: a
 * publication here, one scheduled for later, and one made by another replica (the test profile keeps schedules for
 * ten minutes, so only invalidation can explain a fresh answer).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class EvaluationFreshnessTest {

    private static final String NOT_DELIVERED = "{\"answers\":{\"delivered\":\"no\"}}";

    @Inject
    DataSource dataSource;

    private static ValidatableResponse evaluate(String key) {
        return given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON).body(NOT_DELIVERED)
                .when().post("/api/sops/{key}/evaluate", key).then().statusCode(200);
    }

    private static String publishedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        VersionFixtures.published(key);
        evaluate(key).body("version", equalTo(1));
        return key;
    }

    @Test
    void aPublicationOnThisReplicaIsSeenByTheNextEvaluation() {
        String key = publishedKey();
        int second = VersionFixtures.approved(key);
        VersionFixtures.act(VersionFixtures.solomon(), key, second, "publish");
        evaluate(key).body("version", equalTo(second));
    }

    @Test
    void aScheduledVersionTakesOverAtItsInstantWithoutAnyNotice() throws InterruptedException {
        String key = publishedKey();
        int second = VersionFixtures.approved(key);
        Instant switchAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\":\"" + switchAt + "\"}")
                .when().post("/api/sops/{key}/versions/{n}/publish", key, second).then().statusCode(200);
        evaluate(key).body("version", equalTo(1));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), switchAt).toMillis() + 50));
        evaluate(key).body("version", equalTo(second));
    }

    @Test
    void aPublicationByAnotherReplicaArrivesThroughThePublicationChannel() throws Exception {
        String key = publishedKey();
        int second = VersionFixtures.approved(key);
        publishElsewhere(key, second);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int seen = 1;
        while (seen != second && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = evaluate(key).extract().path("version");
        }
        assertThat(seen).isEqualTo(second);
    }

    @Test
    void aRevisedDraftIsEvaluatedAsRevised() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        int draft = VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
        String pinned = "{\"answers\":{\"delivered\":\"no\"},\"version\":" + draft + "}";
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(pinned)
                .when().post("/api/sops/{key}/evaluate", key).then().statusCode(200)
                .body("outcome.code", equalTo("REFUND_FULL"));
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                .body(VersionFixtures.refundVersion().replace("REFUND_FULL", "REFUND_PARTIAL"))
                .when().put("/api/sops/{key}/versions/{n}", key, draft).then().statusCode(200);
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(pinned)
                .when().post("/api/sops/{key}/evaluate", key).then().statusCode(200)
                .body("outcome.code", equalTo("REFUND_PARTIAL"));
    }

    /** What another replica's publish leaves in the database, and its notice; this replica takes no part. */
    private void publishElsewhere(String key, int number) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String sop = "(SELECT id FROM sop WHERE key = ?)";
            try (var retire = c.prepareStatement("UPDATE sop_version SET status = 'RETIRED', retired_at = now(),"
                    + " version = version + 1 WHERE status = 'PUBLISHED' AND sop_id = " + sop);
                 var publish = c.prepareStatement("UPDATE sop_version SET status = 'PUBLISHED', effective_from = now(),"
                         + " published_at = now(), publisher = 'sol', version = version + 1 WHERE number = ? AND sop_id = "
                         + sop);
                 var notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                retire.setString(1, key);
                retire.executeUpdate();
                publish.setInt(1, number);
                publish.setString(2, key);
                publish.executeUpdate();
                notify.setString(1, PublicationChannel.NAME);
                notify.setString(2, key);
                notify.execute();
            }
            c.commit();
        }
    }
}
