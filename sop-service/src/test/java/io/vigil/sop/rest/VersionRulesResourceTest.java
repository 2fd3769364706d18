package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static io.vigil.sop.rest.VersionFixtures.act;
import static io.vigil.sop.rest.VersionFixtures.draft;
import static io.vigil.sop.rest.VersionFixtures.refundVersion;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lifecycle and four-eyes rules over HTTP for every move the other endpoint tests leave out. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class VersionRulesResourceTest {

    private static String definedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        return key;
    }

    /** Written and submitted by alex, who is both author and approver. */
    private static int submittedByAlex(String key) {
        int n = draft(VersionFixtures.alex(), key, refundVersion());
        act(VersionFixtures.alex(), key, n, "submit");
        return n;
    }

    private static io.restassured.response.ValidatableResponse move(String token, String key, int n, String act) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .when().post("/api/sops/{key}/versions/{n}/" + act, key, n).then();
    }

    @Nested
    class FourEyes {

        @Test
        void anApproverRejectsWithANoteThatStaysWithTheVersion() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            act(TestTokens.sam(), key, n, "submit");
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON).body("{\"note\":\"Cite the policy\"}")
                    .when().post("/api/sops/{key}/versions/{n}/reject", key, n)
                    .then().statusCode(200).body("status", equalTo("REJECTED")).body("approver", equalTo("sara"))
                    .body("reviewNote", equalTo("Cite the policy"));
        }

        @Test
        void theAuthorCannotRejectTheirOwnVersion() {
            String key = definedKey();
            move(VersionFixtures.alex(), key, submittedByAlex(key), "reject").statusCode(403)
                    .body("type", endsWith("four-eyes"));
        }

        @Test
        void theAuthorCannotPublishTheirOwnVersionOnceAnotherApproved() {
            String key = definedKey();
            int n = submittedByAlex(key);
            act(TestTokens.sara(), key, n, "approve");
            move(VersionFixtures.alex(), key, n, "publish").statusCode(403).body("type", endsWith("four-eyes"));
            move(TestTokens.sara(), key, n, "publish").statusCode(200).body("status", equalTo("PUBLISHED"));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void aPublishedVersionCannotBePublishedAgain() {
            String key = definedKey();
            int n = VersionFixtures.published(key);
            move(TestTokens.sara(), key, n, "publish").statusCode(409).body("type", endsWith("illegal-transition"))
                    .body("status", equalTo("PUBLISHED")).body("allowed", contains("RETIRED"));
        }

        @Test
        void aRetiredVersionIsFinal() {
            String key = definedKey();
            int first = VersionFixtures.published(key);
            VersionFixtures.published(key);
            move(TestTokens.sara(), key, first, "publish").statusCode(409).body("allowed", empty())
                    .body("detail", containsString("it is final"));
        }

        @Test
        void onlyARejectedVersionIsReopened() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            move(TestTokens.sam(), key, n, "reopen").statusCode(409).body("status", equalTo("DRAFT"))
                    .body("allowed", contains("IN_REVIEW"));
        }

        @Test
        void aRevisionWithAStaleETagIsPreconditionFailed() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                    .body(refundVersion()).when().put("/api/sops/{key}/versions/{n}", key, n)
                    .then().statusCode(412).body("type", endsWith("stale-version"));
        }

        @Test
        void anInvestigatorCannotReviseSubmitOrRollBack() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(refundVersion())
                    .when().put("/api/sops/{key}/versions/{n}", key, n).then().statusCode(403);
            move(TestTokens.ivy(), key, n, "submit").statusCode(403);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"changeNote\":\"back\"}")
                    .when().post("/api/sops/{key}/versions/{n}/rollback", key, n).then().statusCode(403);
        }

        @Test
        void aRollbackToAnUnknownVersionIsNotFound() {
            String key = definedKey();
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body("{\"changeNote\":\"back\"}")
                    .when().post("/api/sops/{key}/versions/{n}/rollback", key, 5).then().statusCode(404);
        }
    }

    @Nested
    class Listing {

        @Test
        void versionsArePagedByNumber() {
            String key = definedKey();
            draft(TestTokens.sam(), key, refundVersion());
            draft(TestTokens.sam(), key, refundVersion());
            String cursor = given().auth().oauth2(VersionFixtures.ticketbot()).queryParam("limit", 1)
                    .when().get("/api/sops/{key}/versions", key).then().statusCode(200)
                    .body("items.number", contains(1)).body("nextCursor", notNullValue()).extract().path("nextCursor");
            given().auth().oauth2(VersionFixtures.ticketbot()).queryParam("limit", 1).queryParam("cursor", cursor)
                    .when().get("/api/sops/{key}/versions", key).then().statusCode(200)
                    .body("items.number", contains(2)).body("nextCursor", nullValue());
        }

        @Test
        void aForeignCursorOrAnOversizePageIsRefused() {
            String key = definedKey();
            given().auth().oauth2(TestTokens.ivy()).queryParam("cursor", "bm90LW91cnM")
                    .when().get("/api/sops/{key}/versions", key).then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
            given().auth().oauth2(TestTokens.ivy()).queryParam("limit", 501)
                    .when().get("/api/sops/{key}/versions", key).then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }

        @Test
        void aVersionIsReadWithItsETag() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(VersionFixtures.ticketbot()).when().get("/api/sops/{key}/versions/{n}", key, n)
                    .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"))
                    .body("author", equalTo("sam"));
        }
    }
}
