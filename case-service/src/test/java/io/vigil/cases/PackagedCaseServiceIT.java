package io.vigil.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as in production (prod profile), boots, reports ready and serves the API. */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_it"))
@WithTestResource(PackagedCaseServiceIT.TestIssuer.class)
class PackagedCaseServiceIT {

    @Test
    void theJarBecomesReadyWithItsDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anInvestigatorOpensACaseWithABearerToken() {
        String report = """
                {"domain":"shop","category":"counterfeit","title":"Packaged jar check","description":"IT",
                 "region":"US","severity":"low","source":"user-report","subjects":[{"type":"listing","ref":"L-%s"}]}
                """.formatted(UUID.randomUUID());
        given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(report)
                .when().post("/api/cases")
                .then().statusCode(201).body("status", equalTo("NEW"));
    }

    @Test
    void anUnknownCaseIsAProblemNotAStackTrace() {
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    /**
     * What the prod profile needs from a test run: the test OIDC server as issuer, and a fresh schema in the
     * IT's own database (the endpoint tests' database may hold another branch's migrations).
     */
    public static class TestIssuer implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.flyway.clean-at-start", "true");
        }

        @Override
        public void stop() {
        }
    }
}
