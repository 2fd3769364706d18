package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class GovernanceResourceTest {

    @Inject
    DataSource dataSource;

    static String governance(String category, String basis) {
        return """
                {"audience":["investigator","lead"],"reviewIntervalDays":90,
                 "dataCategories":["%s"],"legalBases":["%s"]}
                """.formatted(category, basis);
    }

    static void govern(String key, String category, String basis) {
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(governance(category, basis))
                .when().put("/api/sops/{key}/governance", key).then().statusCode(200);
    }

    @Nested
    class Tagging {

        @Test
        void anAuthorSetsAudienceReviewIntervalAndComplianceTags() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(governance("payment-data", "PSD2"))
                    .when().put("/api/sops/{key}/governance", key)
                    .then().statusCode(200).body("reviewIntervalDays", equalTo(90))
                    .body("legalBases", contains("PSD2")).body("dataCategories", contains("payment-data"));
        }

        @Test
        void theLibraryFiltersByLegalBasisAndDataCategory() {
            String category = "cat-" + UUID.randomUUID().toString().substring(0, 8);
            String gdpr = uniqueKey();
            String ccpa = uniqueKey();
            define(TestTokens.sam(), gdpr);
            define(TestTokens.sam(), ccpa);
            govern(gdpr, category, "GDPR");
            govern(ccpa, category, "CCPA");
            given().auth().oauth2(TestTokens.ivy()).queryParam("legalBasis", "GDPR").queryParam("dataCategory", category)
                    .queryParam("limit", 500)
                    .when().get("/api/sops").then().statusCode(200).body("items.key", contains(gdpr));
        }

        @Test
        void anUnknownLegalBasisInTheFilterIsABadRequest() {
            given().auth().oauth2(TestTokens.ivy()).queryParam("legalBasis", "HIPAA")
                    .when().get("/api/sops").then().statusCode(400).body("errors[0].field", equalTo("legalBasis"));
        }

        @Test
        void aFreshSopIsNotDueForReview() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.lena()).when().get("/api/sops/review-due")
                    .then().statusCode(200).body("key", not(hasItem(key)));
        }

        @Test
        void anSopNeverPublishedIsDueAnIntervalAfterItWasDefined() throws SQLException {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            try (var c = dataSource.getConnection(); var age = c.prepareStatement(
                    "UPDATE sop SET created_at = now() - interval '400 days' WHERE key = ?")) {
                age.setString(1, key);
                age.executeUpdate();
            }
            given().auth().oauth2(TestTokens.lena()).when().get("/api/sops/review-due").then().statusCode(200)
                    .body("find { it.key == '%s' }.owner".formatted(key), equalTo("sam"))
                    .body("find { it.key == '%s' }.reviewIntervalDays".formatted(key), equalTo(365))
                    .body("find { it.key == '%s' }.overdueDays".formatted(key), equalTo(35))
                    .body("find { it.key == '%s' }.lastReviewedAt".formatted(key), nullValue());
        }
    }

    @Nested
    class Errors {

        @Test
        void aStaleIfMatchIsAPreconditionFailure() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                    .body(governance("x-data", "GDPR"))
                    .when().put("/api/sops/{key}/governance", key).then().statusCode(412);
        }

        @Test
        void anUnknownLegalBasisInTheBodyIsRefused() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(governance("x-data", "HIPAA"))
                    .when().put("/api/sops/{key}/governance", key).then().statusCode(400);
        }

        @Test
        void anInvestigatorCannotChangeGovernance() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(governance("x-data", "GDPR"))
                    .when().put("/api/sops/{key}/governance", key).then().statusCode(403);
        }

        @Test
        void anUnknownSopIsNotFound() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(governance("x-data", "GDPR"))
                    .when().put("/api/sops/{key}/governance", "shop.nothing-here")
                    .then().statusCode(404).body("type", endsWith("not-found"));
        }
    }
}
