package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
class DemoSeedResourceTest {

    static final String[] KEYS = {"shop.refund-dispute", "shop.counterfeit-listing", "live.gifting-fraud",
        "ads.election-integrity-escalation", "support.data-subject-request"};

    private static void seed() {
        given().auth().oauth2(TestTokens.ada()).when().post("/api/admin/demo-seed").then().statusCode(200);
    }

    @Nested
    class Seeding {

        @Test
        void aSecondRunSkipsEverySopItLoadedBefore() {
            seed();
            given().auth().oauth2(TestTokens.ada()).when().post("/api/admin/demo-seed")
                    .then().statusCode(200).body("loaded", empty()).body("skipped", containsInAnyOrder(KEYS));
        }

        @Test
        void theGiftingSopIsPublishedWithAFullyConsistentSuiteAndItsTags() {
            seed();
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/sops/{key}/versions/1", "live.gifting-fraud")
                    .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("author", equalTo("sam"))
                    .body("approver", equalTo("sara")).body("testReport.rate", equalTo(1.0f));
            given().auth().oauth2(TestTokens.ivy()).queryParam("legalBasis", "PSD2").queryParam("dataCategory", "device-data")
                    .when().get("/api/sops").then().statusCode(200).body("items.key", contains("live.gifting-fraud"));
        }

        @Test
        void theTicketbotWalksTheDeepestGiftingPathThroughAllFiveConditions() {
            seed();
            given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON).body("""
                    {"facts": {"gift": {"totalUsd": 900.0}, "gifter": {"accountAgeDays": 1, "chargebackRate": 0.0,
                      "paymentCountryMatches": true}, "session": {"giftsPerMinute": 3.0},
                      "host": {"accountAgeDays": 5, "linkedToGifter": false}},
                     "answers": {"kyc": "no", "kyc_started": "no"}}""")
                    .when().post("/api/sops/{key}/evaluate", "live.gifting-fraud")
                    .then().statusCode(200).body("outcome.code", equalTo("SUSPEND_PAYOUTS"))
                    .body("path", contains("amount", "payment", "collusion", "velocity", "new_accounts", "kyc",
                            "kyc_started", "suspend_payout"));
        }
    }

    @Nested
    class Errors {

        @Test
        void onlyAnAdminMaySeed() {
            given().auth().oauth2(TestTokens.sam()).when().post("/api/admin/demo-seed").then().statusCode(403);
        }
    }
}
