package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class ReasonCodeTest {

    @Inject
    AuditRows auditRows;

    private static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String definition(String code, int weight, boolean active) {
        return """
                {"code":"%s","domain":"shop","title":"Fake reviews","policy":"review-integrity",
                 "groundType":"incompatible-content","ground":"Seller Terms section 8 (reviews)",
                 "groundExplanation":"Reviews were bought or written by the seller","dsaCategory":"STATEMENT_CATEGORY_CONSUMER_INFORMATION",
                 "strikeWeight":%d,"active":%s}
                """.formatted(code, weight, active);
    }

    private static ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/reason-codes")
                .then();
    }

    @Test
    void theSeededCatalogueCoversEveryDomainWithGroundsAndWeights() {
        given().auth().oauth2(TestTokens.ivy()).queryParam("limit", 500).when().get("/api/reason-codes").then()
                .statusCode(200).body("items.code", hasItems("SHOP-COUNTERFEIT", "SHOP-PROHIBITED-ITEM",
                        "LIVE-GIFTING-FRAUD", "ADS-ELECTION-MISINFO", "SUPPORT-REFUND-ABUSE", "SHOP-REFUND-ABUSE"))
                .body("items.ground", everyItem(notNullValue()));
        given().auth().oauth2(TestTokens.ivy()).queryParam("domain", "live").when().get("/api/reason-codes").then()
                .body("items.domain", everyItem(isOneOf("live", null))).body("items.code", hasItem("ANY-SPAM"))
                .body("items.code", not(hasItem("SHOP-COUNTERFEIT")));
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/reason-codes/ADS-ELECTION-MISINFO").then()
                .statusCode(200).body("policy", equalTo("election-integrity")).body("strikeWeight", equalTo(2))
                .body("groundType", equalTo("incompatible-content")).header("ETag", notNullValue());
    }

    @Test
    void aLeadDefinesChangesAndRetiresACode() {
        String code = newCode();
        create(TestTokens.lena(), definition(code, 1, true)).statusCode(201).header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("active", equalTo(true));
        given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(definition(code, 3, false)).when().put("/api/reason-codes/" + code).then().statusCode(200)
                .body("strikeWeight", equalTo(3)).body("active", equalTo(false)).header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(definition(code, 2, true)).when().put("/api/reason-codes/" + code).then().statusCode(412);
        String kase = open(TestTokens.ivy(), "US", uniqueRef());
        EnforcementApi.request(TestTokens.ivy(), kase, EnforcementApi.order("warn", "A-1", code)).statusCode(400)
                .body("errors[0].message", endsWith("is retired"));
        assertThat(auditRows.about(code)).anySatisfy(e -> assertThat(e).contains("\"reason-code.create\""))
                .anySatisfy(e -> assertThat(e).contains("\"reason-code.update\"", "\"strikeWeight\""))
                .anySatisfy(e -> assertThat(e).contains("\"reason-code.update\"", "\"stale-version\""));
    }

    @Test
    void aCodeNoActionCitesIsDeletedOneThatIsCitedIsNot() {
        String unused = newCode();
        create(TestTokens.ada(), definition(unused, 0, true)).statusCode(201);
        given().auth().oauth2(TestTokens.ada()).when().delete("/api/reason-codes/" + unused).then().statusCode(204);
        given().auth().oauth2(TestTokens.ada()).when().get("/api/reason-codes/" + unused).then().statusCode(404);
        String used = newCode();
        create(TestTokens.lena(), definition(used, 0, true)).statusCode(201);
        EnforcementApi.request(TestTokens.ivy(), open(TestTokens.ivy(), "US", uniqueRef()),
                EnforcementApi.order("warn", "A-" + UUID.randomUUID(), used)).statusCode(201);
        given().auth().oauth2(TestTokens.lena()).when().delete("/api/reason-codes/" + used).then().statusCode(409)
                .body("type", endsWith("reason-code-in-use"));
    }

    @Test
    void investigatorsReadButDoNotWriteAndMistakesAreNamed() {
        String code = newCode();
        create(TestTokens.ivy(), definition(code, 1, true)).statusCode(403);
        create(TestTokens.lena(), definition(code, 11, true).replace("incompatible-content", "rumour"))
                .statusCode(400);
        create(TestTokens.lena(), definition(code, 11, true)).statusCode(400)
                .body("errors[0].field", equalTo("strikeWeight"));
        create(TestTokens.lena(), definition(code, 1, true).replace("STATEMENT_CATEGORY_CONSUMER_INFORMATION", "misc"))
                .statusCode(400).body("errors[0].field", equalTo("dsaCategory"));
        create(TestTokens.lena(), definition("SHOP-COUNTERFEIT", 1, true)).statusCode(409)
                .body("type", endsWith("reason-code-exists"));
        given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).body(definition(newCode(), 1, true))
                .when().put("/api/reason-codes/" + code).then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).body(definition(code, 1, true))
                .when().put("/api/reason-codes/" + code).then().statusCode(404);
        given().auth().oauth2(TestTokens.aud()).when().get("/api/reason-codes").then().statusCode(403);
    }
}
