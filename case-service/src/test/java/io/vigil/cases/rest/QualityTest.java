package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.investigatorOf;
import static io.vigil.cases.rest.IncidentFixtures.leadOf;
import static io.vigil.cases.rest.QualityFixtures.draw;
import static io.vigil.cases.rest.QualityFixtures.resolvedCase;
import static io.vigil.cases.rest.QualityFixtures.sample;
import static io.vigil.cases.rest.QualityFixtures.score;
import static io.vigil.cases.rest.QualityFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.cases.quality.Candidate;
import io.vigil.cases.quality.Sampler;
import io.vigil.cases.quality.SamplingPlan;
import io.vigil.cases.quality.SamplingStrategy;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class QualityTest {

    @Inject
    AuditRows audit;

    @Nested
    class Sampling {

        @Test
        void aSeededRandomSampleDrawsWhatTheSamplerDrawsAndNeverTheSameCaseTwice() {
            String lead = leadOf("alma", "QA");
            String quin = investigatorOf("quin", "QA");
            List<String> cases = IntStream.range(0, 4).mapToObj(i -> resolvedCase(quin, "quin", "QA", null)).toList();
            var drawn = draw(lead, sample("RANDOM", "\"size\":2,\"seed\":42")).statusCode(201)
                    .header("ETag", nullValue()).header("Location", containsString("/api/quality/samples/"))
                    .body("population", equalTo(4)).body("picked", equalTo(2)).body("seed", equalTo(42))
                    .body("reviews.status", containsInAnyOrder("PENDING", "PENDING"))
                    .body("reviews.investigator", containsInAnyOrder("quin", "quin")).extract();
            List<String> expected = Sampler.draw(cases.stream().map(id -> new Candidate(UUID.fromString(id), null,
                    "quin", "QA", null, null)).toList(), new SamplingPlan(SamplingStrategy.RANDOM, OptionalInt.of(2),
                            OptionalDouble.empty()), 42L).stream().map(c -> c.caseId().toString()).toList();
            assertThat(drawn.<List<String>>path("reviews.caseId")).containsExactlyInAnyOrderElementsOf(expected);
            draw(lead, sample("RANDOM", "\"rate\":1.0")).statusCode(201).body("population", equalTo(2))
                    .body("reviews.caseId", containsInAnyOrder(cases.stream().filter(c -> !expected.contains(c))
                            .toArray()));
            given().auth().oauth2(quin).when().get("/api/cases/" + expected.get(0) + "/timeline").then()
                    .body("items.summary", hasItem("Sampled for quality review"));
            assertThat(audit.about(drawn.<String>path("id"))).anyMatch(e -> e.contains("\"quality.sample\"")
                    && e.contains("seed 42"));
        }

        @Test
        void aStratifiedSampleDrawsFromEveryInvestigator() {
            String lead = leadOf("bert", "QB");
            String bea = investigatorOf("bea", "QB");
            String bob = investigatorOf("bob", "QB");
            IntStream.range(0, 3).forEach(i -> resolvedCase(bea, "bea", "QB", null));
            IntStream.range(0, 2).forEach(i -> resolvedCase(bob, "bob", "QB", null));
            String sampleId = draw(lead, sample("STRATIFIED", "\"size\":1")).statusCode(201)
                    .body("picked", equalTo(2)).body("reviews.investigator", containsInAnyOrder("bea", "bob"))
                    .extract().path("id");
            given().auth().oauth2(TestTokens.aud()).when().get("/api/quality/samples/" + sampleId).then()
                    .statusCode(404);
            given().auth().oauth2(lead).when().get("/api/quality/samples/" + sampleId).then().statusCode(200)
                    .body("reviews", hasSize(2)).body("strategy", equalTo("STRATIFIED"));
        }

        @Test
        void aBadSampleNamesTheField() {
            String lead = leadOf("bess", "QE");
            draw(lead, sample("RANDOM", "\"size\":2,\"rate\":0.5")).statusCode(400).body("errors[0].field",
                    equalTo("size"));
            draw(lead, sample("RANDOM", "\"seed\":1")).statusCode(400).body("errors[0].field", equalTo("size"));
            draw(lead, sample("RANDOM", "\"rate\":1.5")).statusCode(400).body("errors[0].field", equalTo("rate"));
            draw(lead, sample("EVERY_OTHER", "\"size\":1")).statusCode(400).body("errors[0].field",
                    equalTo("strategy"));
            draw(lead, sample("RANDOM", "\"size\":1,\"region\":\"US\"")).statusCode(400)
                    .body("errors[0].field", equalTo("region"));
            draw(lead, sample("RANDOM", "\"size\":1").replaceFirst("\"from\":\"[^\"]+\"", "\"from\":\"2030-01-01T00:00:00Z\""))
                    .statusCode(400).body("errors[0].field", equalTo("from"));
        }

        @Test
        void onlyLeadsDraw() {
            for (String token : new String[] {TestTokens.ivy(), TestTokens.aud(), TestTokens.ada()}) {
                draw(token, sample("RANDOM", "\"size\":1")).statusCode(403);
            }
        }
    }

    @Nested
    class Reviewing {

        @Test
        void anotherLeadScoresTheCaseAgainstTheRubricOnce() {
            String cora = TestTokens.token("cora", Set.of("lead"), List.of("QC"));
            String cyd = leadOf("cyd", "QC");
            String kase = resolvedCase(cora, "cora", "QC", null);
            String review = draw(cyd, sample("RANDOM", "\"rate\":1.0")).statusCode(201).extract()
                    .path("reviews[0].id");
            score(cora, review, scores(5, "agree")).statusCode(403).body("type", endsWith("own-case-review"));
            given().auth().oauth2(cyd).contentType("application/json").header("If-Match", "\"7\"")
                    .body(scores(5, "agree")).when().post("/api/quality/reviews/" + review + "/score")
                    .then().statusCode(412);
            score(cyd, review, "{\"scores\":{\"accuracy\":9,\"tone\":1},\"agreement\":\"agree\"}").statusCode(400)
                    .body("errors.field", hasItem("scores.accuracy")).body("errors.field", hasItem("scores.tone"))
                    .body("errors.field", hasItem("scores.evidence"));
            score(cyd, review, "{\"scores\":{},\"agreement\":\"maybe\"}").statusCode(400)
                    .body("errors[0].field", equalTo("agreement"));
            score(cyd, review, scores(4, "agree")).statusCode(200).body("status", equalTo("DONE"))
                    .body("passed", equalTo(true)).body("score", equalTo(16)).body("maxScore", equalTo(20))
                    .body("reviewer", equalTo("cyd")).body("scores", hasSize(4)).header("ETag", equalTo("\"1\""));
            score(cyd, review, scores(1, "disagree")).statusCode(409).body("type", endsWith("already-reviewed"));
            given().auth().oauth2(cora).when().get("/api/cases/" + kase + "/timeline").then()
                    .body("items.summary", hasItem("Quality review: pass (16/20, agrees with the outcome)"));
            assertThat(audit.about(kase)).anyMatch(e -> e.contains("\"case.qa-review\"") && e.contains("pass"));
            assertThat(audit.about(review)).anyMatch(e -> e.contains("own-case-review"));
        }

        @Test
        void theQueueIsReadByLeadsAuditorsAndAdminsOfItsRegion() {
            String dale = leadOf("dale", "QF");
            resolvedCase(investigatorOf("finn", "QF"), "finn", "QF", null);
            String review = draw(dale, sample("RANDOM", "\"rate\":1.0")).statusCode(201).extract()
                    .path("reviews[0].id");
            given().auth().oauth2(dale).queryParam("status", "PENDING").queryParam("investigator", "finn")
                    .when().get("/api/quality/reviews").then().statusCode(200).body("items.id", hasItem(review));
            given().auth().oauth2(TestTokens.token("audra", Set.of("auditor"), List.of("QF")))
                    .when().get("/api/quality/reviews/" + review).then().statusCode(200);
            given().auth().oauth2(TestTokens.token("adam", Set.of("admin"), List.of("QF")))
                    .when().get("/api/quality/reviews/" + review).then().statusCode(200);
            given().auth().oauth2(investigatorOf("finn", "QF")).when().get("/api/quality/reviews").then()
                    .statusCode(403);
            given().auth().oauth2(TestTokens.lena()).when().get("/api/quality/reviews/" + review).then()
                    .statusCode(404);
            score(TestTokens.token("audra", Set.of("auditor"), List.of("QF")), review, scores(5, "agree"))
                    .statusCode(403);
            score(TestTokens.lena(), review, scores(5, "agree")).statusCode(404);
            given().auth().oauth2(dale).queryParam("status", "LOST").when().get("/api/quality/reviews").then()
                    .statusCode(400).body("errors[0].field", equalTo("status"));
        }

        @Test
        void theRubricIsPublishedToThoseWhoUseIt() {
            given().auth().oauth2(TestTokens.aud()).when().get("/api/quality/rubric").then().statusCode(200)
                    .body("criteria.key", containsInAnyOrder("accuracy", "evidence", "procedure", "rationale"))
                    .body("passShare", equalTo(0.8f));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/quality/rubric").then().statusCode(403);
        }
    }
}
