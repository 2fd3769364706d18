package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static io.vigil.sop.rest.VersionFixtures.act;
import static io.vigil.sop.rest.VersionFixtures.approved;
import static io.vigil.sop.rest.VersionFixtures.draft;
import static io.vigil.sop.rest.VersionFixtures.refundVersion;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class VersionReviewResourceTest {

    private static String definedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        return key;
    }

    private static int submitted(String key) {
        int n = draft(TestTokens.sam(), key, refundVersion());
        act(TestTokens.sam(), key, n, "submit");
        return n;
    }

    @Nested
    class Reviewing {

        @Test
        void anApproverApprovesASubmittedVersion() {
            String key = definedKey();
            int n = submitted(key);
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON).body("{\"note\":\"clear\"}")
                    .when().post("/api/sops/{key}/versions/{n}/approve", key, n)
                    .then().statusCode(200).body("status", equalTo("APPROVED")).body("approver", equalTo("sara"))
                    .body("reviewNote", equalTo("clear"));
        }

        @Test
        void theAuthorCannotApproveTheirOwnVersion() {
            String key = definedKey();
            int n = draft(VersionFixtures.alex(), key, refundVersion());
            act(VersionFixtures.alex(), key, n, "submit");
            given().auth().oauth2(VersionFixtures.alex()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/approve", key, n)
                    .then().statusCode(403).body("type", endsWith("four-eyes"));
        }

        @Test
        void anAuthorWithoutTheApproverRoleCannotApprove() {
            String key = definedKey();
            int n = submitted(key);
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/approve", key, n)
                    .then().statusCode(403).body("type", endsWith("forbidden"));
        }

        @Test
        void aDraftCannotBeApprovedAndTheProblemNamesTheAllowedMoves() {
            String key = definedKey();
            int n = draft(TestTokens.sam(), key, refundVersion());
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/approve", key, n)
                    .then().statusCode(409).body("type", endsWith("illegal-transition"))
                    .body("allowed", contains("IN_REVIEW"));
        }

        @Test
        void aRejectedVersionIsReopenedAsADraft() {
            String key = definedKey();
            int n = submitted(key);
            act(TestTokens.sara(), key, n, "reject");
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/reopen", key, n)
                    .then().statusCode(200).body("status", equalTo("DRAFT"));
        }
    }

    @Nested
    class Publishing {

        @Test
        void publishingRetiresThePreviouslyPublishedVersion() {
            String key = definedKey();
            int first = VersionFixtures.published(key);
            int second = approved(key);
            given().auth().oauth2(VersionFixtures.solomon()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, second)
                    .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publisher", equalTo("sol"))
                    .body("effectiveFrom", notNullValue());
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/sops/{key}/versions/{n}", key, first)
                    .then().statusCode(200).body("status", equalTo("RETIRED"));
        }

        @Test
        void anUnapprovedVersionCannotBePublished() {
            String key = definedKey();
            int n = submitted(key);
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, n)
                    .then().statusCode(409).body("allowed", contains("APPROVED", "REJECTED"));
        }

        @Test
        void aPastEffectiveDateIsRefused() {
            String key = definedKey();
            int n = approved(key);
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .body("{\"effectiveFrom\":\"2020-01-01T00:00:00Z\"}")
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, n)
                    .then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        }

        @Test
        void aScheduledVersionWaitsWhileThePreviousStaysInEffect() {
            String key = definedKey();
            int first = VersionFixtures.published(key);
            int second = approved(key);
            String later = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .body("{\"effectiveFrom\":\"" + later + "\"}")
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, second)
                    .then().statusCode(200).body("status", equalTo("PUBLISHED"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/sops/{key}/versions/{n}", key, first)
                    .then().statusCode(200).body("status", equalTo("RETIRED")).body("retiredAt", equalTo(later));
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"answers\":{\"delivered\":\"no\"}}")
                    .when().post("/api/sops/{key}/evaluate", key)
                    .then().statusCode(200).body("version", equalTo(first));
        }

        @Test
        void aVersionBelowThePublishGateIsRefused() {
            String key = definedKey();
            String inconsistent = VersionFixtures.version(VersionFixtures.REFUND_TREE,
                    VersionFixtures.REFUND_SUITE.replace("\"expected\": \"HUMAN_REVIEW\"", "\"expected\": \"REFUND_FULL\""));
            int n = draft(TestTokens.sam(), key, inconsistent);
            act(TestTokens.sam(), key, n, "submit");
            act(TestTokens.sara(), key, n, "approve");
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, n)
                    .then().statusCode(409).body("type", endsWith("publish-gate"))
                    .body("gate", equalTo(1.0f)).body("detail", org.hamcrest.Matchers.containsString("66.7%"));
        }

        @Test
        void anInvestigatorCannotPublish() {
            String key = definedKey();
            int n = approved(key);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, n)
                    .then().statusCode(403);
        }
    }
}
