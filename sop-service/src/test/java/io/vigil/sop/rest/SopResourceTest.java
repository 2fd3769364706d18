package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.definition;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class SopResourceTest {

    @Nested
    class Defining {

        @Test
        void anAuthorDefinesAnSopAndOwnsIt() {
            String key = uniqueKey();
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(definition(key))
                    .when().post("/api/sops")
                    .then().statusCode(201)
                    .header("Location", endsWith("/api/sops/" + key))
                    .body("key", equalTo(key))
                    .body("owner", equalTo("sam"))
                    .body("audience", contains("investigator", "lead"));
        }

        @Test
        void aKeyCannotBeDefinedTwice() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(definition(key))
                    .when().post("/api/sops")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("sop-key-taken")).body("key", equalTo(key));
        }

        @Test
        void anInvestigatorCannotDefineSops() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(definition(uniqueKey()))
                    .when().post("/api/sops")
                    .then().statusCode(403).contentType("application/problem+json");
        }

        @Test
        void withoutATokenNothingIsDefined() {
            given().contentType(ContentType.JSON).body(definition(uniqueKey()))
                    .when().post("/api/sops")
                    .then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void aBadKeyAndAnEmptyAudienceAreNamed() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body("{\"key\":\"Refunds\",\"title\":\"x\",\"domain\":\"shop\",\"category\":\"refund\",\"audience\":[]}")
                    .when().post("/api/sops")
                    .then().statusCode(400)
                    .body("errors.field", hasItem("key"))
                    .body("errors.field", hasItem("audience"));
        }

        @Test
        void malformedJsonIsAProblem() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body("{\"key\":")
                    .when().post("/api/sops")
                    .then().statusCode(400).body("type", endsWith("malformed-body"));
        }

        @Test
        void aWrongJsonTypeNamesTheField() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body(definition(uniqueKey()).replace("[\"investigator\",\"lead\"]", "{\"a\":1}"))
                    .when().post("/api/sops")
                    .then().statusCode(400).body("errors[0].field", equalTo("audience"));
        }
    }

    @Nested
    class Reading {

        @Test
        void anInvestigatorReadsAnSop() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/sops/" + key)
                    .then().statusCode(200).body("title", equalTo("Refund disputes"))
                    .header("ETag", notNullValue());
        }

        @Test
        void anUnknownKeyIsNotFound() {
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/sops/shop.nothing")
                    .then().statusCode(404).body("detail", containsString("shop.nothing"));
        }

        @Test
        void theLibraryPagesByKey() {
            define(TestTokens.sam(), uniqueKey());
            define(TestTokens.sam(), uniqueKey());
            String next = given().auth().oauth2(TestTokens.sara()).queryParam("limit", 1)
                    .when().get("/api/sops")
                    .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue())
                    .extract().path("nextCursor");
            given().auth().oauth2(TestTokens.sara()).queryParam("limit", 1).queryParam("cursor", next)
                    .when().get("/api/sops")
                    .then().statusCode(200).body("items", hasSize(1));
        }

        @Test
        void aForeignCursorOrAnOversizePageIsRefused() {
            given().auth().oauth2(TestTokens.sara()).queryParam("cursor", "not a cursor")
                    .when().get("/api/sops").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
            given().auth().oauth2(TestTokens.sara()).queryParam("limit", 501)
                    .when().get("/api/sops").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }

        @Test
        void anSopIsReadWithItsETag() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(VersionFixtures.ticketbot()).when().get("/api/sops/{key}", key)
                    .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("owner", equalTo("sam"));
        }

        @Test
        void aTokenWithNoVigilRoleIsForbidden() {
            given().auth().oauth2(TestTokens.token("eve", java.util.Set.of("guest"), java.util.List.of("US")))
                    .when().get("/api/sops")
                    .then().statusCode(403);
        }
    }

    @Test
    void readinessIsUpWithTheDatabaseChecked() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).body("paths.'/api/sops'.post", notNullValue());
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
