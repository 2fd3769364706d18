package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class CaseReadingTest {

    @Nested
    class OneCase {

        @Test
        void theReporterReadsTheCaseWithItsVersionAsETag() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy())
                    .when().get("/api/cases/" + id)
                    .then().statusCode(200).body("id", equalTo(id)).header("ETag", equalTo("\"0\""));
        }

        @Test
        void aCaseOutsideTheCallersRegionsIsNotFoundRatherThanForbidden() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ian())
                    .when().get("/api/cases/" + id)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", endsWith("not-found"));
        }

        @Test
        void aLeadForThatRegionSeesIt() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.lena()).when().get("/api/cases/" + id).then().statusCode(200);
        }

        @Test
        void anUnknownIdIsNotFound() {
            given().auth().oauth2(TestTokens.lena())
                    .when().get("/api/cases/" + UUID.randomUUID())
                    .then().statusCode(404).body("status", equalTo(404));
        }

        @Test
        void anIdThatIsNotAUuidIsNotFound() {
            given().auth().oauth2(TestTokens.lena())
                    .when().get("/api/cases/not-a-uuid")
                    .then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void anAuditorHasNoCaseAccess() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.aud()).when().get("/api/cases/" + id).then().statusCode(403);
        }
    }

    @Nested
    class Lists {

        @Test
        void eachInvestigatorListsOnlyTheirRegions() {
            open(TestTokens.ivy(), "US", uniqueRef());
            open(TestTokens.ian(), "SG", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).queryParam("limit", 500)
                    .when().get("/api/cases")
                    .then().statusCode(200).body("items.region", everyItem(equalTo("US")));
            given().auth().oauth2(TestTokens.ian()).queryParam("limit", 500)
                    .when().get("/api/cases")
                    .then().statusCode(200).body("items.region", everyItem(in(List.of("EU", "SG"))));
        }

        @Test
        void pagesFollowTheCursorNewestFirstWithoutRepeats() {
            String subject = uniqueRef();
            String first = open(TestTokens.lena(), "EU", subject, "counterfeit");
            String second = open(TestTokens.lena(), "EU", subject, "fraud");
            String third = open(TestTokens.lena(), "EU", subject, "spam");
            String cursor = given().auth().oauth2(TestTokens.lena())
                    .queryParam("subject", subject).queryParam("limit", 2)
                    .when().get("/api/cases")
                    .then().statusCode(200).body("items.id", contains(third, second))
                    .body("nextCursor", notNullValue()).extract().path("nextCursor");
            given().auth().oauth2(TestTokens.lena())
                    .queryParam("subject", subject).queryParam("limit", 2).queryParam("cursor", cursor)
                    .when().get("/api/cases")
                    .then().statusCode(200).body("items.id", contains(first)).body("nextCursor", nullValue());
        }

        @Test
        void aRegionFilterCannotWidenTheCallersScope() {
            open(TestTokens.ian(), "EU", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).queryParam("region", "EU")
                    .when().get("/api/cases")
                    .then().statusCode(200).body("items", hasSize(0));
        }

        @Test
        void aForgedCursorIsABadRequest() {
            given().auth().oauth2(TestTokens.ivy()).queryParam("cursor", "bm90LW91cnM")
                    .when().get("/api/cases")
                    .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }

        @Test
        void aLimitAboveFiveHundredIsABadRequest() {
            given().auth().oauth2(TestTokens.ivy()).queryParam("limit", 501)
                    .when().get("/api/cases")
                    .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }

        @Test
        void anUnknownStatusFilterNamesTheAllowedStatuses() {
            given().auth().oauth2(TestTokens.ivy()).queryParam("status", "DONE")
                    .when().get("/api/cases")
                    .then().statusCode(400).body("errors[0].field", equalTo("status"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("IN_PROGRESS"));
        }
    }
}
