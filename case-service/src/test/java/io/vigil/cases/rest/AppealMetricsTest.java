package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.EnforcementApi.appeal;
import static io.vigil.cases.rest.EnforcementApi.judge;
import static io.vigil.cases.rest.EnforcementApi.leo;
import static io.vigil.cases.rest.EnforcementApi.order;
import static io.vigil.cases.rest.EnforcementApi.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class AppealMetricsTest {

    private static final Pattern OVERTURNED = Pattern.compile(
            "vigil_cases_appeal_decisions_total\\{[^}]*outcome=\"overturned\"[^}]*} ([0-9.]+)");

    /** Three appealed warnings in a domain of their own: two overturned, one upheld. */
    private static String threeAppealsDecidedIn() {
        String domain = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String kase = MetricsTest.openIn(domain);
        String[] outcomes = {"overturned", "upheld", "overturned"};
        for (String outcome : outcomes) {
            String action = request(TestTokens.ivy(), kase, order("warn", "A-" + UUID.randomUUID(),
                    "ANY-INAUTHENTIC-ACCOUNT")).statusCode(201).extract().path("id");
            String appealId = appeal(TestTokens.ivy(), action).statusCode(201).extract().path("id");
            judge(leo(), appealId, outcome).statusCode(200);
        }
        return domain;
    }

    private static double overturnedSoFar() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher found = OVERTURNED.matcher(metrics);
        assertThat(found.find()).as("the overturned counter is exported").isTrue();
        return Double.parseDouble(found.group(1));
    }

    @Test
    void theReportCountsAppealsDecidedAndTheOverturnRatePerGroup() {
        String domain = threeAppealsDecidedIn();
        String row = "groups.find { it.group == '" + domain + "' }.";
        MetricsTest.period(TestTokens.lena()).when().get("/api/metrics/cases").then().statusCode(200)
                .body(row + "appealsDecided", equalTo(3)).body(row + "appealsOverturned", equalTo(2))
                .body(row + "appealOverturnRate", closeTo(0.6667, 0.0001));
        MetricsTest.period(TestTokens.lena()).accept("text/csv").when().get("/api/metrics/cases").then()
                .statusCode(200).body(containsString("appealsDecided,appealsOverturned,appealOverturnRate\r\n"))
                .body(containsString(",3,2,0.6667\r\n"));
    }

    @Test
    void anAppealInANewDomainGetsAnAppealsQueueOfItsOwn() {
        String domain = threeAppealsDecidedIn();
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/queues").then()
                .body("items.find { it.name == '" + domain + "-US-APPEALS' }.kind", equalTo("APPEALS"));
    }

    @Test
    void prometheusCountsAppealDecisionsByOutcome() {
        double before = overturnedSoFar();
        threeAppealsDecidedIn();
        assertThat(overturnedSoFar()).isEqualTo(before + 2);
        given().when().get("/q/metrics").then()
                .body(containsString("vigil_cases_appeal_decisions_total{application=\"case-service\",outcome=\"upheld\"}"));
    }
}
