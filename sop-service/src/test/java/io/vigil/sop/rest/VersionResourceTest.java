package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static io.vigil.sop.rest.VersionFixtures.act;
import static io.vigil.sop.rest.VersionFixtures.draft;
import static io.vigil.sop.rest.VersionFixtures.refundVersion;
import static org.hamcrest.Matchers.contains;
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
class VersionResourceTest {

    private static String definedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        return key;
    }

    @Nested
    class Drafting {

        @Test
        void anAuthorDraftsTheFirstVersion() {
            String key = definedKey();
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(refundVersion())
                    .when().post("/api/sops/{key}/versions", key)
                    .then().statusCode(201).header("Location", endsWith("/versions/1")).header("ETag", notNullValue())
                    .body("number", equalTo(1)).body("status", equalTo("DRAFT")).body("author", equalTo("sam"))
                    .body("decisionTree.start", equalTo("delivered")).body("testSuite", hasSize(3));
        }

        @Test
        void versionsAreNumberedInOrderAndListed() {
            String key = definedKey();
            draft(TestTokens.sam(), key, refundVersion());
            draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/sops/{key}/versions", key)
                    .then().statusCode(200).body("items.number", contains(1, 2));
        }

        @Test
        void anInvestigatorCannotDraft() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(refundVersion())
                    .when().post("/api/sops/{key}/versions", definedKey())
                    .then().statusCode(403);
        }

        @Test
        void aMissingChangeNoteIsNamed() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body(refundVersion().replace("\"First version\"", "\"\""))
                    .when().post("/api/sops/{key}/versions", definedKey())
                    .then().statusCode(400).body("errors.field", hasItem("changeNote"));
        }

        @Test
        void anInvalidTreeIsRefusedNamingTheNodeAndTheProblem() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body(refundVersion().replace("account.ageDays < 30", "account.ageDays < 30.0"))
                    .when().post("/api/sops/{key}/versions", definedKey())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("decisionTree.nodes.value.cases[0].when"))
                    .body("errors[0].message", org.hamcrest.Matchers.startsWith("does not compile"));
        }

        @Test
        void submittingComputesTheConsistencyOfTheTestSuite() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/submit", key, n)
                    .then().statusCode(200).body("status", equalTo("IN_REVIEW"))
                    .body("testReport.total", equalTo(3)).body("testReport.rate", equalTo(1.0f))
                    .body("testReport.results[1].path", contains("delivered", "value", "escalate"));
        }

        @Test
        void anUnknownSopIsNotFound() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(refundVersion())
                    .when().post("/api/sops/{key}/versions", "shop.nowhere")
                    .then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void anUnknownVersionIsNotFound() {
            given().auth().oauth2(VersionFixtures.ticketbot()).when().get("/api/sops/{key}/versions/9", definedKey())
                    .then().statusCode(404);
        }

        @Test
        void aDraftIsRevisedWithItsETag() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(refundVersion().replace("First version", "Clearer wording"))
                    .when().put("/api/sops/{key}/versions/{n}", key, n)
                    .then().statusCode(200).body("changeNote", equalTo("Clearer wording")).header("ETag", "\"1\"");
        }

        @Test
        void aStaleETagIsPreconditionFailed() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).header("If-Match", "\"5\"")
                    .when().post("/api/sops/{key}/versions/{n}/submit", key, n)
                    .then().statusCode(412).body("type", endsWith("stale-version")).body("currentVersion", equalTo(0));
        }

        @Test
        void aSubmittedVersionIsImmutable() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            act(TestTokens.sam(), key, n, "submit");
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(refundVersion())
                    .when().put("/api/sops/{key}/versions/{n}", key, n)
                    .then().statusCode(409).body("type", endsWith("version-immutable"));
        }

        @Test
        void aRollbackIsANewDraftCopiedFromAnOldVersion() {
            String key = definedKey();
            int old = VersionFixtures.published(key);
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body("{\"changeNote\":\"Back to v1\"}")
                    .when().post("/api/sops/{key}/versions/{n}/rollback", key, old)
                    .then().statusCode(201).body("number", equalTo(2)).body("copiedFrom", equalTo(1))
                    .body("status", equalTo("DRAFT")).body("decisionTree.start", equalTo("delivered"));
        }
    }
}
