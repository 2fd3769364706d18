package io.vigil.sop;

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
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_it"))
@WithTestResource(PackagedSopServiceIT.TestIssuer.class)
class PackagedSopServiceIT {

    @Test
    void theJarBecomesReadyWithItsDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anAuthorDefinesAnSopWithABearerToken() {
        define(uniqueKey());
    }

    /** CEL, protobuf and the stored test report are what a native build could break; the jar runs them all. */
    @Test
    void aDraftsDecisionTreeEvaluatesItsCelCondition() {
        String key = uniqueKey();
        define(key);
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(REFUND_VERSION)
                .when().post("/api/sops/{key}/versions", key)
                .then().statusCode(201);

        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                .body("""
                        {"facts": {"order": {"amount": 250.0}, "account": {"ageDays": 3}},
                         "answers": {"delivered": "yes"}, "version": 1}
                        """)
                .when().post("/api/sops/{key}/evaluate", key)
                .then().statusCode(200).body("outcome.code", equalTo("HUMAN_REVIEW"));
    }

    @Test
    void anUnknownSopIsAProblemNotAStackTrace() {
        given().auth().oauth2(TestTokens.sam()).when().get("/api/sops/no.such-sop")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    private static final String REFUND_VERSION = """
            {"changeNote": "First version", "steps": "1. Ask about delivery",
             "decisionTree": {"start": "delivered",
              "facts": {"order.amount": "double", "account.ageDays": "int"},
              "nodes": {
               "delivered": {"type": "question", "text": "Did the buyer receive the item?", "input": "delivered",
                             "answers": [{"value": "yes", "next": "value"}, {"value": "no", "next": "refund"}]},
               "value": {"type": "condition",
                         "cases": [{"when": "order.amount > 200.0 && account.ageDays < 30", "next": "escalate"}],
                         "otherwise": "refund"},
               "refund": {"type": "outcome", "code": "REFUND_FULL", "automatable": true, "reply": "Refunded."},
               "escalate": {"type": "outcome", "code": "HUMAN_REVIEW", "handover": true}}},
             "testSuite": [{"name": "not delivered", "facts": {}, "answers": {"delivered": "no"},
                            "expected": "REFUND_FULL"}]}
            """;

    private static String uniqueKey() {
        return "shop.refund-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void define(String key) {
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                .body("""
                        {"key":"%s","title":"Refund disputes","domain":"shop","category":"refund-dispute",
                         "audience":["investigator"]}
                        """.formatted(key))
                .when().post("/api/sops")
                .then().statusCode(201).body("key", equalTo(key));
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
