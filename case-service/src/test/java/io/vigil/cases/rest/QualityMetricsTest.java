package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.investigatorOf;
import static io.vigil.cases.rest.IncidentFixtures.leadOf;
import static io.vigil.cases.rest.QualityFixtures.draw;
import static io.vigil.cases.rest.QualityFixtures.resolvedCase;
import static io.vigil.cases.rest.QualityFixtures.sample;
import static io.vigil.cases.rest.QualityFixtures.score;
import static io.vigil.cases.rest.QualityFixtures.scores;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import io.vigil.cases.metrics.QualityGauges;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class QualityMetricsTest {

    private static final String SOP = "qa.metrics-test";

    @Inject
    QualityGauges gauges;

    /** In region QD: dora resolves two cases following the SOP (one passes review), dirk one without (passes). */
    private static String reviewedCases() {
        String dean = leadOf("dean", "QD");
        String queue = CaseFixtures.queue(dean, "QD");
        String dora = investigatorOf("dora", "QD");
        String dirk = investigatorOf("dirk", "QD");
        resolvedCase(dora, "dora", "QD", SOP);
        String fail = resolvedCase(dora, "dora", "QD", SOP);
        resolvedCase(dirk, "dirk", "QD", null);
        List<Map<String, String>> reviews = draw(dean, sample("RANDOM", "\"rate\":1.0")).statusCode(201)
                .body("picked", equalTo(3)).body("reviews[0].queueId", equalTo(queue)).extract().path("reviews");
        for (Map<String, String> review : reviews) {
            String body = review.get("caseId").equals(fail) ? scores(5, "disagree") : scores(4, "agree");
            score(dean, review.get("id"), body).statusCode(200);
        }
        return dean;
    }

    private static RequestSpecification period(String token, String groupBy) {
        return given().config(MetricsTest.DOUBLES).auth().oauth2(token).queryParam("groupBy", groupBy)
                .queryParam("from", TestClock.now().minus(Duration.ofHours(1)).toString())
                .queryParam("to", TestClock.now().plus(Duration.ofHours(1)).toString());
    }

    @Test
    void passRatesPerInvestigatorQueueAndSopVersionJoinTheReportAndPrometheus() {
        String dean = reviewedCases();
        period(dean, "investigator").when().get("/api/metrics/quality").then().statusCode(200)
                .body("groupBy", equalTo("INVESTIGATOR")).body("groups", hasSize(2))
                .body("groups.find { it.group == 'dora' }.reviewed", equalTo(2))
                .body("groups.find { it.group == 'dora' }.passRate", equalTo(0.5))
                .body("groups.find { it.group == 'dora' }.agreementRate", equalTo(0.5))
                .body("groups.find { it.group == 'dirk' }.passRate", equalTo(1.0))
                .body("groups.find { it.group == 'dirk' }.meanScoreShare", equalTo(0.8));
        period(dean, "sop").when().get("/api/metrics/quality").then()
                .body("groups.find { it.group == '" + SOP + " v3' }.passRate", equalTo(0.5))
                .body("groups.find { it.group == 'none' }.reviewed", equalTo(1));
        period(dean, "queue").when().get("/api/metrics/quality").then().body("groups", hasSize(1))
                .body("groups[0].reviewed", equalTo(3)).body("groups[0].passRate", equalTo(0.6667));
        period(dean, "investigator").accept("text/csv").when().get("/api/metrics/quality").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("investigator,reviewed,passed,passRate,agreementRate,meanScoreShare\r\n"))
                .body(containsString("\r\ndora,2,1,0.5,0.5,0.9\r\n"));
        gauges.refresh();
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("vigil_cases_qa_pass_rate{application=\"case-service\",by=\"sop\",group=\""
                        + SOP + " v3\"} 0.5"))
                .body(containsString("vigil_cases_qa_reviewed{application=\"case-service\",by=\"sop\",group=\""
                        + SOP + " v3\"} 2.0"));
    }

    @Test
    void theReportIsForLeadsAndAdminsAndNamesABadParameter() {
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/metrics/quality").then().statusCode(403);
        given().auth().oauth2(TestTokens.aud()).when().get("/api/metrics/quality").then().statusCode(403);
        given().auth().oauth2(TestTokens.ada()).when().get("/api/metrics/quality").then().statusCode(200);
        given().auth().oauth2(TestTokens.lena()).queryParam("groupBy", "mood").when().get("/api/metrics/quality")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(TestTokens.lena()).queryParam("from", "last week").when().get("/api/metrics/quality")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
