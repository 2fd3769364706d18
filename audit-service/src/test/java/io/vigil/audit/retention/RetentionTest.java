package io.vigil.audit.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vigil.audit.verify.bundle.BundleVerifier;
import io.vigil.audit.verify.bundle.VerificationReport;
import io.vigil.audit.verify.merkle.InclusionProof;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.VerifierKey;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention end to end: events recorded 200 days ago fill an old partition that a legal hold first keeps and that is
 * purged once released; the remaining events still prove into the signed roots, the self-check passes and an export
 * of a later range verifies offline. Its own database, because a purge removes a whole month of the log.
 */
@QuarkusTest
@TestProfile(RetentionTest.ShortCaseRetention.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_retention_test"))
class RetentionTest {

    @Inject
    MovableClock clock;

    @Test
    void aPurgedMonthLeavesTheRestVerifiableAndAHoldKeepsItUntilReleased() throws Exception {
        clock.setBack(Duration.ofDays(200));
        List<String> old = ingestAndAwait(3);
        clock.setBack(Duration.ZERO);
        List<String> recent = ingestAndAwait(3);

        String hold = given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON)
                .body(Map.of("reason", "regulator inquiry", "from", Instant.now().minus(Duration.ofDays(400)).toString(),
                        "to", Instant.now().minus(Duration.ofDays(100)).toString()))
                .post("/api/audit/holds").then().statusCode(201).extract().path("id");
        assertThat(purge().getList("partitions.findAll { it.purged }")).isEmpty();
        assertThat(purge().getString("partitions[0].keptBecause")).contains("legal hold " + hold);

        given().auth().oauth2(TestTokens.ada()).post("/api/audit/holds/" + hold + "/release").then().statusCode(200);
        JsonPath purged = purge();
        assertThat(purged.getBoolean("partitions[0].purged")).isTrue();
        assertThat(purged.getLong("partitions[0].events")).isEqualTo(3);

        given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + old.get(0)).then().statusCode(404);
        given().auth().oauth2(TestTokens.aud()).post("/api/audit/verification").then().statusCode(200)
                .body("verified", equalTo(true)).body("faults.size()", equalTo(0));
        VerifierKey key = VerifierKey.parse(given().get("/api/audit/public-key").then().extract().asString().trim());
        for (String eventId : recent) {
            verifyProof(eventId, key);
        }
        VerificationReport report = BundleVerifier.pinnedTo(key).verify(export(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(report.events()).isGreaterThanOrEqualTo(3);
    }

    private static void verifyProof(String eventId, VerifierKey key) throws Exception {
        JsonPath proof = given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + eventId + "/proof")
                .then().statusCode(200).extract().jsonPath();
        Checkpoint checkpoint = Checkpoint.verify(proof.getString("checkpoint"), key);
        new InclusionProof(proof.getLong("seq"), proof.getLong("treeSize"),
                proof.getList("hashes", String.class).stream().map(Base64.getDecoder()::decode).toList())
                .verify(Base64.getDecoder().decode(proof.getString("leafHash")), checkpoint.rootHash());
    }

    private static Path export(Instant from) throws Exception {
        String id = given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON)
                .body(Map.of("from", from.toString(), "to", Instant.now().plus(1, ChronoUnit.HOURS).toString()))
                .post("/api/audit/exports").then().statusCode(202).extract().path("id");
        for (int i = 0; i < 100 && !"DONE".equals(status(id)); i++) {
            Thread.sleep(100);
        }
        assertThat(status(id)).isEqualTo("DONE");
        Path bundle = Files.createTempFile("retained", ".zip");
        Files.write(bundle, given().auth().oauth2(TestTokens.aud()).get("/api/audit/exports/" + id + "/bundle")
                .then().statusCode(200).extract().asByteArray());
        return bundle;
    }

    private static String status(String id) {
        return given().auth().oauth2(TestTokens.aud()).get("/api/audit/exports/" + id).then().extract().path("status");
    }

    private static JsonPath purge() {
        return given().auth().oauth2(TestTokens.ada()).post("/api/audit/retention/purges").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> ingestAndAwait(int count) throws InterruptedException {
        String producer = "retention-" + UUID.randomUUID();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(Map.of("eventId", UUID.randomUUID().toString(), "producer", producer, "producerSeq", i,
                    "occurredAt", Instant.now().toString(), "actor", Map.of("type", "system", "ref", "retention"),
                    "action", "case.open", "outcome", Map.of("status", "success"), "region", "US"));
        }
        given().auth().oauth2(TestTokens.token("service-account-case-service", Set.of("audit-writer"), List.of()))
                .contentType(ContentType.JSON).body(events).post("/api/audit/events").then().statusCode(202);
        List<String> ids = events.stream().map(e -> (String) e.get("eventId")).toList();
        for (int i = 0; i < 100; i++) {
            if (given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + ids.get(count - 1) + "/proof")
                    .statusCode() == 200) {
                return ids;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("events were not sequenced and checkpointed");
    }

    /** Cases are kept 30 days here; everything else the default. */
    public static class ShortCaseRetention implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vigil.audit.retention.classes.case", "P30D");
        }
    }
}
