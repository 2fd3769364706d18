package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.transition;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.vigil.cases.metrics.BacklogGauges;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class MetricsTest {

    /** Fractions as doubles, so closeTo can compare them. */
    static final RestAssuredConfig DOUBLES = RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    BacklogGauges gauges;

    static String openIn(String domain) {
        return given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                .body(CaseFixtures.report("US", uniqueRef()).replace("\"shop\"", "\"" + domain + "\"")
                        .replace("\"high\"", "\"low\""))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
    }

    /** Two low-severity cases: A first acted on after 1 h; B after 2 h and resolved then. */
    static String twoCasesIn() {
        String domain = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String a = openIn(domain);
        String b = openIn(domain);
        TestClock.advance(Duration.ofHours(1));
        transition(TestTokens.ivy(), a, "TRIAGED").statusCode(200);
        TestClock.advance(Duration.ofHours(1));
        transition(TestTokens.ivy(), b, "TRIAGED").statusCode(200);
        transition(TestTokens.ivy(), b, "IN_PROGRESS").statusCode(200);
        transition(TestTokens.ivy(), b, "RESOLVED").statusCode(200);
        return domain;
    }

    static io.restassured.specification.RequestSpecification period(String token) {
        return given().config(DOUBLES).auth().oauth2(token).queryParam("groupBy", "domain")
                .queryParam("from", TestClock.now().minus(Duration.ofDays(1)).toString())
                .queryParam("to", TestClock.now().plus(Duration.ofHours(1)).toString());
    }

    @Nested
    class Report {

        @Test
        void aLeadSeesComplianceDurationsRatesAndBacklogPerDomain() {
            String domain = twoCasesIn();
            String row = "groups.find { it.group == '" + domain + "' }.";
            period(TestTokens.lena()).when().get("/api/metrics/cases").then().statusCode(200)
                    .body("groupBy", equalTo("DOMAIN")).body(row + "opened", equalTo(2))
                    .body(row + "resolved", equalTo(1)).body(row + "slaCompliance", equalTo(1.0))
                    .body(row + "firstActionP50", closeTo(5400.0, 120.0))
                    .body(row + "firstActionP90", closeTo(6840.0, 120.0))
                    .body(row + "resolutionP50", closeTo(7200.0, 120.0))
                    .body(row + "escalationRate", equalTo(0.0)).body(row + "reopenRate", equalTo(0.0))
                    .body(row + "backlog.underOneDay", equalTo(1));
        }

        @Test
        void theReportIsAlsoCsv() {
            String domain = twoCasesIn();
            period(TestTokens.ada()).accept("text/csv").when().get("/api/metrics/cases").then().statusCode(200)
                    .contentType(startsWith("text/csv")).body(startsWith("domain,opened,resolved,slaCompliance"))
                    .body(containsString("\r\n" + domain + ",2,1,1.0,"));
        }

        @Test
        void aLeadOfOtherRegionsDoesNotSeeTheseCases() {
            String domain = twoCasesIn();
            String euLead = TestTokens.token("lea", Set.of("lead"), List.of("EU"));
            period(euLead).when().get("/api/metrics/cases").then().statusCode(200)
                    .body("groups.findAll { it.group == '" + domain + "' }", empty());
        }
    }

    @Nested
    class Refusals {

        @Test
        void investigatorsAndAuditorsMayNotReadTheReport() {
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/metrics/cases").then().statusCode(403);
            given().auth().oauth2(TestTokens.aud()).when().get("/api/metrics/cases").then().statusCode(403);
            given().when().get("/api/metrics/cases").then().statusCode(401);
        }

        @Test
        void aBadPeriodOrGroupingIs400() {
            given().auth().oauth2(TestTokens.lena()).queryParam("from", "yesterday").when().get("/api/metrics/cases")
                    .then().statusCode(400).body("errors[0].field", equalTo("from"));
            given().auth().oauth2(TestTokens.lena()).queryParam("from", "2026-11-02T00:00:00Z")
                    .queryParam("to", "2026-11-01T00:00:00Z").when().get("/api/metrics/cases")
                    .then().statusCode(400).body("errors[0].field", equalTo("from"));
            given().auth().oauth2(TestTokens.lena()).queryParam("groupBy", "planet").when().get("/api/metrics/cases")
                    .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        }
    }

    @Test
    void prometheusShowsBacklogAndSlaStatePerQueue() {
        openIn("gauge");
        gauges.refresh();
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("vigil_cases_backlog{application=\"case-service\",queue="))
                .body(containsString("vigil_cases_sla{application=\"case-service\",queue="))
                .body(containsString("state=\"ON_TRACK\""));
    }
}
