package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class OperabilityTest {

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).body("paths.'/api/cases'.post", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void aRequestIdIsEchoedAndOneIsMadeWhenMissing() {
        given().auth().oauth2(TestTokens.ivy()).header("X-Request-Id", "req-42")
                .when().get("/api/cases").then().header("X-Request-Id", equalTo("req-42"));
        given().auth().oauth2(TestTokens.ivy())
                .when().get("/api/cases").then().header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnsupportedMethodIsAProblem() {
        given().auth().oauth2(TestTokens.ivy()).when().delete("/api/cases")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
