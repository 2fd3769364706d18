package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class ExperimentResourceTest {

    @Inject
    AuditRows audit;

    /** Version 1 published, version 2 approved: the usual set-up of an A/B test. */
    private static String withCandidate() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        VersionFixtures.published(key);
        VersionFixtures.approved(key);
        return key;
    }

    static String start(String key, double share) {
        return given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                .body("{\"name\":\"stricter refunds\",\"candidate\":2,\"candidateShare\":" + share + "}")
                .when().post("/api/sops/{key}/experiments", key)
                .then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
    }

    private static String arm(String key, String id, String ticket) {
        return given().auth().oauth2(VersionFixtures.ticketbot())
                .when().get("/api/sops/{key}/experiments/{id}/assignments/{t}", key, id, ticket)
                .then().statusCode(200).extract().path("arm");
    }

    @Nested
    class Splitting {

        @Test
        void theSameTicketGetsTheSameArmEveryTime() {
            String key = withCandidate();
            String id = start(key, 0.5);
            IntStream.range(0, 10).forEach(i -> assertThat(arm(key, id, "T-77")).isEqualTo(arm(key, id, "T-77")));
        }

        @Test
        void ticketsAreSplitBetweenBothArms() {
            String key = withCandidate();
            String id = start(key, 0.5);
            Set<String> arms = new HashSet<>();
            IntStream.range(0, 30).forEach(i -> arms.add(arm(key, id, "T-" + i)));
            assertThat(arms).containsExactlyInAnyOrder("CONTROL", "CANDIDATE");
        }

        @Test
        void aSessionInTheExperimentWalksTheVersionOfItsArm() {
            String key = withCandidate();
            String id = start(key, 0.5);
            for (String ticket : new String[] {"T-1", "T-2", "T-3", "T-4", "T-5", "T-6"}) {
                int expected = "CANDIDATE".equals(arm(key, id, ticket)) ? 2 : 1;
                given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON)
                        .body("{\"ticketId\":\"" + ticket + "\",\"experiment\":\"" + id + "\"}")
                        .when().post("/api/sops/{key}/sessions", key)
                        .then().statusCode(201).body("version", equalTo(expected)).body("experiment", equalTo(id));
            }
        }

        @Test
        void startingAndStoppingAreAudited() {
            String key = withCandidate();
            String id = start(key, 0.5);
            given().auth().oauth2(TestTokens.sara()).when().post("/api/sops/{key}/experiments/{id}/stop", key, id)
                    .then().statusCode(200).body("status", equalTo("STOPPED"));
            assertThat(audit.actions(key)).containsSubsequence("sop.experiment.start:success",
                    "sop.experiment.stop:success");
        }

        @Test
        void afterStoppingEveryTicketGetsTheVersionInEffect() {
            String key = withCandidate();
            String id = start(key, 0.9);
            given().auth().oauth2(TestTokens.sara()).when().post("/api/sops/{key}/experiments/{id}/stop", key, id)
                    .then().statusCode(200);
            IntStream.range(0, 10).forEach(i -> assertThat(arm(key, id, "T-" + i)).isEqualTo("CONTROL"));
        }
    }

    @Nested
    class Errors {

        @Test
        void aDraftCannotBeACandidate() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            VersionFixtures.published(key);
            VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"candidate\":2,\"candidateShare\":0.5}")
                    .when().post("/api/sops/{key}/experiments", key)
                    .then().statusCode(409).body("type", endsWith("candidate-not-approved"));
        }

        @Test
        void onlyOneExperimentRunsPerSop() {
            String key = withCandidate();
            start(key, 0.5);
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .body("{\"name\":\"again\",\"candidate\":2,\"candidateShare\":0.5}")
                    .when().post("/api/sops/{key}/experiments", key)
                    .then().statusCode(409).body("type", endsWith("experiment-running"));
        }

        @Test
        void aShareOfOneIsNotAnExperiment() {
            String key = withCandidate();
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .body("{\"name\":\"all in\",\"candidate\":2,\"candidateShare\":1.0}")
                    .when().post("/api/sops/{key}/experiments", key)
                    .then().statusCode(400).body("errors[0].field", endsWith("candidateShare"));
        }

        @Test
        void stoppingTwiceIsAConflict() {
            String key = withCandidate();
            String id = start(key, 0.5);
            given().auth().oauth2(TestTokens.sara()).when().post("/api/sops/{key}/experiments/{id}/stop", key, id)
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.sara()).when().post("/api/sops/{key}/experiments/{id}/stop", key, id)
                    .then().statusCode(409).body("type", endsWith("experiment-stopped"));
        }

        @Test
        void anAuthorCannotStartAnExperiment() {
            String key = withCandidate();
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"candidate\":2,\"candidateShare\":0.5}")
                    .when().post("/api/sops/{key}/experiments", key).then().statusCode(403);
        }

        @Test
        void anAuditorReadsAnExperiment() {
            String key = withCandidate();
            String id = start(key, 0.25);
            given().auth().oauth2(TestTokens.aud()).when().get("/api/sops/{key}/experiments/{id}", key, id)
                    .then().statusCode(200).body("id", equalTo(id)).body("candidate", equalTo(2))
                    .body("candidateShare", equalTo(0.25f)).body("status", equalTo("ACTIVE"));
        }

        @Test
        void anUnknownExperimentIsNotFound() {
            String key = withCandidate();
            given().auth().oauth2(TestTokens.sara())
                    .when().get("/api/sops/{key}/experiments/{id}", key, "01890a5d-ac96-774b-bcce-b302099a8057")
                    .then().statusCode(404);
        }
    }
}
