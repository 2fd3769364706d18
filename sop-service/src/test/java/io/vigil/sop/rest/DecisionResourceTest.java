package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class DecisionResourceTest {

    /** Decimals as doubles, so closeTo compares them (rest-assured reads floats by default). */
    static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    AuditRows audit;

    private static String publishedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        VersionFixtures.published(key);
        return key;
    }

    static void decide(String key, int version, String ticket, String bot, String human, Integer csat) {
        given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON)
                .body("{\"ticketId\":\"%s\",\"botOutcome\":\"%s\",\"humanOutcome\":\"%s\",\"csat\":%s}"
                        .formatted(ticket, bot, human, csat))
                .when().post("/api/sops/{key}/versions/{n}/decisions", key, version).then().statusCode(201);
    }

    @Nested
    class Recording {

        @Test
        void aDecisionIsRecordedAndAudited() {
            String key = publishedKey();
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"T-1\",\"botOutcome\":\"REFUND_FULL\",\"humanOutcome\":\"HUMAN_REVIEW\",\"csat\":2}")
                    .when().post("/api/sops/{key}/versions/1/decisions", key)
                    .then().statusCode(201).body("version", equalTo(1)).body("csat", equalTo(2));
            assertThat(audit.actions(key)).contains("sop.decision.record:success");
        }

        @Test
        void theStatsShowConsistencyKappaAc1AndCsatWithIntervals() {
            String key = publishedKey();
            decide(key, 1, "T-1", "REFUND_FULL", "REFUND_FULL", 5);
            decide(key, 1, "T-2", "REFUND_FULL", "REFUND_FULL", 4);
            decide(key, 1, "T-3", "HUMAN_REVIEW", "HUMAN_REVIEW", 2);
            decide(key, 1, "T-4", "REFUND_FULL", "HUMAN_REVIEW", null);
            given().config(DOUBLES).auth().oauth2(TestTokens.aud()).when().get("/api/sops/{key}/versions/1/stats", key)
                    .then().statusCode(200).body("agreement.total", equalTo(4)).body("agreement.agreed", equalTo(3))
                    .body("consistency.estimate", closeTo(0.75, 1e-9))
                    .body("consistency.low", closeTo(0.3006, 0.0001))
                    .body("agreement.kappa", closeTo(0.5, 1e-9))
                    .body("csat.rated", equalTo(3)).body("csat.goodOrExcellent", equalTo(2));
        }

        @Test
        void aVersionWithoutDecisionsHasNoRates() {
            String key = publishedKey();
            given().auth().oauth2(TestTokens.sara()).when().get("/api/sops/{key}/versions/1/stats", key)
                    .then().statusCode(200).body("agreement.total", equalTo(0)).body("consistency", nullValue());
        }
    }

    @Nested
    class Comparing {

        @Test
        void twoVersionsWithFewDecisionsAreTooFewToTell() {
            String key = publishedKey();
            VersionFixtures.published(key);
            decide(key, 1, "T-1", "A", "B", 1);
            decide(key, 2, "T-2", "A", "A", 5);
            given().auth().oauth2(TestTokens.sara()).queryParam("a", 1).queryParam("b", 2)
                    .when().get("/api/sops/{key}/comparison", key)
                    .then().statusCode(200).body("consistency.verdict", equalTo("SAMPLE_TOO_SMALL"))
                    .body("csat.verdict", equalTo("SAMPLE_TOO_SMALL")).body("b.agreement.agreed", equalTo(1));
        }

        @Test
        void aMissingVersionParameterIsNamed() {
            String key = publishedKey();
            given().auth().oauth2(TestTokens.sara()).queryParam("a", 1)
                    .when().get("/api/sops/{key}/comparison", key)
                    .then().statusCode(400).body("errors[0].field", equalTo("b"));
        }
    }

    @Nested
    class Errors {

        @Test
        void theSameTicketIsRecordedOncePerVersion() {
            String key = publishedKey();
            decide(key, 1, "T-9", "A", "A", null);
            given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"T-9\",\"botOutcome\":\"A\",\"humanOutcome\":\"A\"}")
                    .when().post("/api/sops/{key}/versions/1/decisions", key)
                    .then().statusCode(409).body("type", endsWith("decision-recorded"));
        }

        @Test
        void aDraftHasNoProductionDecisions() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            int n = VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
            given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"T\",\"botOutcome\":\"A\",\"humanOutcome\":\"A\"}")
                    .when().post("/api/sops/{key}/versions/{n}/decisions", key, n)
                    .then().statusCode(409).body("type", endsWith("version-not-live"));
        }

        @Test
        void aCsatOutsideOneToFiveIsRefused() {
            String key = publishedKey();
            given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"T\",\"botOutcome\":\"A\",\"humanOutcome\":\"A\",\"csat\":6}")
                    .when().post("/api/sops/{key}/versions/1/decisions", key)
                    .then().statusCode(400).body("errors[0].field", endsWith("csat"));
        }

        @Test
        void anAuthorCannotRecordDecisions() {
            String key = publishedKey();
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"T\",\"botOutcome\":\"A\",\"humanOutcome\":\"A\"}")
                    .when().post("/api/sops/{key}/versions/1/decisions", key).then().statusCode(403);
        }
    }
}
