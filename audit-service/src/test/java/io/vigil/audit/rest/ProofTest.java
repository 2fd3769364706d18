package io.vigil.audit.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.audit.rest.AuditFixtures.awaitCheckpointed;
import static io.vigil.audit.rest.AuditFixtures.batch;
import static io.vigil.audit.rest.AuditFixtures.ingest;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.merkle.ConsistencyProof;
import io.vigil.audit.verify.merkle.InclusionProof;
import io.vigil.audit.verify.merkle.TreeHasher;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.VerifierKey;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_test"))
class ProofTest {

    @Nested
    class Inclusion {

        @Test
        void anEventsLeafHashIsRecomputableFromTheEnvelopeItServes() throws Exception {
            List<Map<String, Object>> events = batch("proof-" + UUID.randomUUID(), 1);
            ingest(events).statusCode(202);
            awaitCheckpointed(events.get(0).get("eventId"));

            String body = given().auth().oauth2(TestTokens.aud()).get("/api/audit/events/" + events.get(0).get("eventId"))
                    .then().statusCode(200).extract().asString();
            String envelope = body.substring(body.indexOf("\"envelope\":") + "\"envelope\":".length(), body.length() - 1);

            byte[] recomputed = TreeHasher.create().hashLeaf(CanonicalJson.canonicalize(envelope));
            assertThat(Base64.getEncoder().encodeToString(recomputed)).isEqualTo(JsonPath.from(body).getString("leafHash"));
            assertThat(envelope).isEqualTo(new String(CanonicalJson.canonicalize(envelope), StandardCharsets.UTF_8));
            assertThat(JsonPath.from(body).getString("recordedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        }

        @Test
        void aProofFromTheApiVerifiesWithAuditVerifyAgainstTheSignedCheckpoint() throws Exception {
            List<Map<String, Object>> events = batch("proof-" + UUID.randomUUID(), 5);
            ingest(events).statusCode(202);
            awaitCheckpointed(events.get(4).get("eventId"));
            VerifierKey key = VerifierKey.parse(given().get("/api/audit/public-key").then().extract().asString().trim());

            for (Map<String, Object> event : events) {
                JsonPath proof = given().auth().oauth2(TestTokens.aud())
                        .get("/api/audit/events/" + event.get("eventId") + "/proof").then().statusCode(200).extract().jsonPath();
                Checkpoint checkpoint = Checkpoint.verify(proof.getString("checkpoint"), key);
                List<byte[]> hashes = proof.getList("hashes", String.class).stream().map(Base64.getDecoder()::decode).toList();

                new InclusionProof(proof.getLong("seq"), proof.getLong("treeSize"), hashes)
                        .verify(Base64.getDecoder().decode(proof.getString("leafHash")), checkpoint.rootHash());
                assertThat(checkpoint.size()).isEqualTo(proof.getLong("treeSize"));
            }
        }

        @Test
        void aTreeSizeWithoutACheckpointIsNotFound() throws Exception {
            List<Map<String, Object>> events = batch("proof-" + UUID.randomUUID(), 1);
            ingest(events).statusCode(202);
            awaitCheckpointed(events.get(0).get("eventId"));

            given().auth().oauth2(TestTokens.aud()).queryParam("treeSize", Long.MAX_VALUE / 2)
                    .get("/api/audit/events/" + events.get(0).get("eventId") + "/proof")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Nested
    class Consistency {

        @Test
        void twoSignedCheckpointsAreProvedConsistent() throws Exception {
            List<Map<String, Object>> first = batch("cons-" + UUID.randomUUID(), 3);
            ingest(first).statusCode(202);
            awaitCheckpointed(first.get(2).get("eventId"));
            JsonPath older = latest();
            List<Map<String, Object>> second = batch("cons-" + UUID.randomUUID(), 4);
            ingest(second).statusCode(202);
            awaitCheckpointed(second.get(3).get("eventId"));
            JsonPath newer = latest();

            JsonPath proof = given().auth().oauth2(TestTokens.aud())
                    .queryParam("from", older.getLong("size")).queryParam("to", newer.getLong("size"))
                    .get("/api/audit/consistency").then().statusCode(200).extract().jsonPath();

            new ConsistencyProof(older.getLong("size"), newer.getLong("size"),
                    proof.getList("hashes", String.class).stream().map(Base64.getDecoder()::decode).toList())
                    .verify(Base64.getDecoder().decode(older.getString("rootHash")),
                            Base64.getDecoder().decode(newer.getString("rootHash")));
        }

        @Test
        void fromAboveToIsAProblem400() {
            given().auth().oauth2(TestTokens.aud()).queryParam("from", 5).queryParam("to", 2)
                    .get("/api/audit/consistency").then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        void bothSizesAreRequired() {
            given().auth().oauth2(TestTokens.aud()).queryParam("from", 1)
                    .get("/api/audit/consistency").then().statusCode(400);
        }

        private JsonPath latest() {
            return given().auth().oauth2(TestTokens.aud()).accept("application/json")
                    .get("/api/audit/checkpoints/latest").then().statusCode(200).extract().jsonPath();
        }
    }
}
