package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class GuidanceResourceTest {

    /** case-service's service account as the realm sets it up: it reads SOPs and writes audit events. */
    static String caseService() {
        return TestTokens.token("service-account-case-service", Set.of("sop-reader", "audit-writer"), List.of());
    }

    /** A policy area of its own, so SOPs other tests publish never apply here. */
    static String uniqueCategory() {
        return "counterfeit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Defines an SOP for shop and the category, and drafts, approves and (unless told otherwise) publishes it. */
    static String sopFor(String category, boolean publish) {
        String key = uniqueKey();
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                .body("""
                        {"key":"%s","title":"Counterfeit listings","domain":"shop","category":"%s",
                         "audience":["investigator"]}
                        """.formatted(key, category))
                .when().post("/api/sops").then().statusCode(201);
        if (publish) {
            VersionFixtures.published(key);
        } else {
            VersionFixtures.approved(key);
        }
        return key;
    }

    static ValidatableResponse inEffect(String token, String category) {
        return given().auth().oauth2(token).queryParam("domain", "shop").queryParam("category", category)
                .when().get("/api/sops/in-effect").then();
    }

    @Nested
    class InEffect {

        @Test
        void thePublishedVersionComesWithStepsTreeOutlineAndDiagram() {
            String category = uniqueCategory();
            String key = sopFor(category, true);
            inEffect(caseService(), category).statusCode(200)
                    .body("key", equalTo(key)).body("title", equalTo("Counterfeit listings"))
                    .body("domain", equalTo("shop")).body("category", equalTo(category))
                    .body("version", equalTo(1)).body("status", equalTo("PUBLISHED"))
                    .body("steps", startsWith("1. Ask about delivery"))
                    .body("decisionTree.start", equalTo("delivered"))
                    .body("decisionTree.facts.'order.amount'", equalTo("double"))
                    .body("outline", containsString("question delivered: Did the buyer receive the item?"))
                    .body("diagram", startsWith("flowchart"));
        }

        @Test
        void anAreaWithoutAPublishedSopIsNotFoundWithItsOwnProblemType() {
            String category = uniqueCategory();
            sopFor(category, false);
            inEffect(TestTokens.ivy(), category).statusCode(404)
                    .contentType("application/problem+json").body("type", endsWith("no-sop-in-effect"))
                    .body("category", equalTo(category));
        }

        @Test
        void whenTwoSopsCoverTheAreaTheMostRecentlyEffectiveApplies() {
            String category = uniqueCategory();
            sopFor(category, true);
            String later = sopFor(category, true);
            inEffect(TestTokens.ivy(), category).statusCode(200).body("key", equalTo(later));
        }

        @Test
        void aVersionScheduledForTomorrowDoesNotApplyYet() {
            String category = uniqueCategory();
            String current = sopFor(category, true);
            String scheduled = uniqueKey();
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body("{\"key\":\"%s\",\"title\":\"Next\",\"domain\":\"shop\",\"category\":\"%s\",\"audience\":[\"lead\"]}"
                            .formatted(scheduled, category))
                    .when().post("/api/sops").then().statusCode(201);
            int number = VersionFixtures.approved(scheduled);
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .body("{\"effectiveFrom\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")
                    .when().post("/api/sops/{key}/versions/{n}/publish", scheduled, number).then().statusCode(200);
            inEffect(TestTokens.ivy(), category).statusCode(200).body("key", equalTo(current));
        }

        @Test
        void domainAndCategoryAreRequired() {
            given().auth().oauth2(TestTokens.ivy()).queryParam("domain", "shop")
                    .when().get("/api/sops/in-effect").then().statusCode(400)
                    .body("errors[0].field", equalTo("category"));
        }
    }

    @Nested
    class Pinned {

        @Test
        void aWalkCanKeepReadingTheVersionItBeganOn() {
            String category = uniqueCategory();
            String key = sopFor(category, true);
            given().auth().oauth2(caseService()).when().get("/api/sops/{key}/versions/1/guidance", key)
                    .then().statusCode(200).body("key", equalTo(key)).body("version", equalTo(1))
                    .body("decisionTree.nodes.refund.code", equalTo("REFUND_FULL"));
        }

        @Test
        void anUnknownVersionIsNotFound() {
            String key = sopFor(uniqueCategory(), true);
            given().auth().oauth2(caseService()).when().get("/api/sops/{key}/versions/9/guidance", key)
                    .then().statusCode(404);
        }
    }

    @Nested
    class Callers {

        @Test
        void withoutATokenTheLookupIsUnauthorized() {
            given().queryParam("domain", "shop").queryParam("category", "x")
                    .when().get("/api/sops/in-effect").then().statusCode(401);
        }

        @Test
        void aTokenWithoutAReaderRoleIsForbidden() {
            String writerOnly = TestTokens.token("service-account-audit-relay", Set.of("audit-writer"), List.of());
            inEffect(writerOnly, uniqueCategory()).statusCode(403);
        }

        @Test
        void caseServicesServiceAccountMayRecordADecision() {
            String key = sopFor(uniqueCategory(), true);
            given().auth().oauth2(caseService()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"case:%s\",\"botOutcome\":\"REFUND_FULL\",\"humanOutcome\":\"HUMAN_REVIEW\"}"
                            .formatted(UUID.randomUUID()))
                    .when().post("/api/sops/{key}/versions/1/decisions", key).then().statusCode(201)
                    .body("humanOutcome", equalTo("HUMAN_REVIEW"));
        }
    }
}
