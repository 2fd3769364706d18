package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.investigatorOf;
import static io.vigil.cases.rest.IncidentFixtures.leadOf;
import static io.vigil.cases.rest.QualityFixtures.draw;
import static io.vigil.cases.rest.QualityFixtures.resolvedCase;
import static io.vigil.cases.rest.QualityFixtures.sample;
import static io.vigil.cases.rest.QualityFixtures.score;
import static io.vigil.cases.rest.QualityFixtures.scores;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GET /api/quality/my-reviews: investigators read the scores and feedback on the cases they worked. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class MyQualityReviewsTest {

    @Test
    void anInvestigatorReadsTheScoredReviewsOfTheirOwnCasesOnly() {
        String lead = leadOf("mona", "QM");
        String mika = investigatorOf("mika", "QM");
        String kase = resolvedCase(mika, "mika", "QM", null);
        resolvedCase(investigatorOf("milo", "QM"), "milo", "QM", null);
        var reviews = draw(lead, sample("RANDOM", "\"rate\":1.0")).statusCode(201).extract();
        List<String> ids = reviews.path("reviews.id");
        List<String> investigators = reviews.path("reviews.investigator");
        String mikasReview = ids.get(investigators.indexOf("mika"));
        mine(mika).statusCode(200).body("items", hasSize(0));
        score(lead, mikasReview, scores(2, "disagree")).statusCode(200);
        mine(mika).statusCode(200).body("items.id", contains(mikasReview)).body("items[0].caseId", equalTo(kase))
                .body("items[0].passed", equalTo(false)).body("items[0].reviewer", equalTo("mona"))
                .body("items[0].comment", equalTo("Checked against the SOP")).body("items[0].scores", hasSize(4));
        mine(investigatorOf("milo", "QM")).statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theRegionScopingHolds() {
        String lead = leadOf("nell", "QN");
        String nico = investigatorOf("nico", "QN");
        resolvedCase(nico, "nico", "QN", null);
        String drawn = draw(lead, sample("RANDOM", "\"rate\":1.0")).statusCode(201).extract().path("reviews[0].id");
        score(lead, drawn, scores(5, "agree")).statusCode(200);
        // The same person working from another region sees none of the reviews of QN.
        mine(TestTokens.token("nico", Set.of("investigator"), List.of("QO"))).statusCode(200)
                .body("items", hasSize(0));
        mine(nico).statusCode(200).body("items.id", contains(drawn));
    }

    @Test
    void onlyCaseWorkersHaveOwnReviews() {
        mine(TestTokens.aud()).statusCode(403);
        mine(TestTokens.sam()).statusCode(403);
        mine(TestTokens.ada()).statusCode(403);
        mine(TestTokens.lena()).statusCode(200);
        given().when().get("/api/quality/my-reviews").then().statusCode(401);
        given().auth().oauth2(TestTokens.ivy()).queryParam("limit", "0").when().get("/api/quality/my-reviews")
                .then().statusCode(400);
    }

    private static io.restassured.response.ValidatableResponse mine(String token) {
        return given().auth().oauth2(token).when().get("/api/quality/my-reviews").then();
    }
}
