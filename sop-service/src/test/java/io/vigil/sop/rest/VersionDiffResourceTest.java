package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static io.vigil.sop.rest.VersionFixtures.draft;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class VersionDiffResourceTest {

    /** Version 1 is the refund version; version 2 lowers the amount threshold and adds a step. */
    private static String twoVersions() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
        draft(TestTokens.sam(), key, VersionFixtures.refundVersion().replace("200.0", "100.0")
                .replace("2. Check the order value", "2. Check the order value\\n3. Reply"));
        return key;
    }

    @Nested
    class Comparing {

        @Test
        void theDiffShowsTheAddedStepAndTheChangedCondition() {
            String key = twoVersions();
            given().auth().oauth2(TestTokens.sara()).when().get("/api/sops/{key}/versions/1/diff/2", key)
                    .then().statusCode(200).body("from", equalTo(1)).body("to", equalTo(2))
                    .body("steps.op", contains(" ", " ", "+"))
                    .body("steps[2].text", equalTo("3. Reply"))
                    .body("tree.changed[0].node", equalTo("value"))
                    .body("tree.changed[0].changes[0].field", equalTo("cases[0].when"))
                    .body("tree.changed[0].changes[0].after", equalTo("order.amount > 100.0 && account.ageDays < 30"))
                    .body("tree.added", empty()).body("tree.removed", empty());
        }

        @Test
        void againstNamesTheOlderVersionAsAQueryParameter() {
            String key = twoVersions();
            given().auth().oauth2(TestTokens.ivy()).queryParam("against", 1)
                    .when().get("/api/sops/{key}/versions/2/diff", key)
                    .then().statusCode(200).body("from", equalTo(1)).body("to", equalTo(2))
                    .body("steps.op", hasItem("+"));
        }

        @Test
        void theTicketbotMayReadADiff() {
            String key = twoVersions();
            given().auth().oauth2(VersionFixtures.ticketbot()).when().get("/api/sops/{key}/versions/2/diff/1", key)
                    .then().statusCode(200).body("steps.op", hasItem("-"));
        }
    }

    @Nested
    class Errors {

        @Test
        void anUnknownVersionIsNotFound() {
            String key = twoVersions();
            given().auth().oauth2(TestTokens.sara()).when().get("/api/sops/{key}/versions/1/diff/9", key)
                    .then().statusCode(404);
        }

        @Test
        void aMissingAgainstIsABadRequestNamingIt() {
            String key = twoVersions();
            given().auth().oauth2(TestTokens.sara()).when().get("/api/sops/{key}/versions/2/diff", key)
                    .then().statusCode(400).body("errors[0].field", equalTo("against"));
        }

        @Test
        void anAnonymousCallerIsUnauthenticated() {
            given().when().get("/api/sops/{key}/versions/1/diff/2", "shop.x-any").then().statusCode(401);
        }

        @Test
        void aNonNumericVersionIsNotFound() {
            String key = twoVersions();
            given().auth().oauth2(TestTokens.sara()).when().get("/api/sops/{key}/versions/1/diff/latest", key)
                    .then().statusCode(404).body("type", endsWith("not-found"));
        }
    }
}
