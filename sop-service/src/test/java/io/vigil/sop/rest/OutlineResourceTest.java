package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
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
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class OutlineResourceTest {

    static final String OUTLINE = "fact order.amount: double\nfact account.ageDays: int\n"
            + "question delivered: Did the buyer receive the item?\n  answer yes:\n    condition value:\n"
            + "      when order.amount > 200.0 && account.ageDays < 30:\n        outcome escalate: HUMAN_REVIEW handover\n"
            + "      otherwise:\n        outcome refund: REFUND_FULL automatable\n          reply: Refunded.\n"
            + "  answer no:\n    goto refund\n";

    private static String outlineVersion(String outline) {
        return """
                {"changeNote": "From text", "steps": "1. Ask", "outline": %s, "testSuite": %s}
                """.formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(outline).toString(),
                VersionFixtures.REFUND_SUITE);
    }

    @Nested
    class Compiling {

        @Test
        void anAuthorCompilesAnOutlineIntoTheTreeJson() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.TEXT).body(OUTLINE)
                    .when().post("/api/outlines/compile")
                    .then().statusCode(200).body("start", equalTo("delivered"))
                    .body("nodes.value.cases[0].next", equalTo("escalate"))
                    .body("facts.'order.amount'", equalTo("double"));
        }

        @Test
        void aBrokenOutlineIsABadRequestNamingTheLine() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.TEXT)
                    .body(OUTLINE.replace("order.amount > 200.0", "order.amount > 'x'"))
                    .when().post("/api/outlines/compile")
                    .then().statusCode(400).body("errors[0].field", equalTo("outline:5"));
        }

        @Test
        void anInvestigatorCannotUseTheAuthoringTool() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.TEXT).body(OUTLINE)
                    .when().post("/api/outlines/compile").then().statusCode(403);
        }
    }

    @Nested
    class Versions {

        @Test
        void aVersionDraftedFromAnOutlineStoresTheTreeAndRendersItBack() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            int n = VersionFixtures.draft(TestTokens.sam(), key, outlineVersion(OUTLINE));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/sops/{key}/versions/{n}/outline", key, n)
                    .then().statusCode(200).contentType(startsWith("text/plain")).body(equalTo(OUTLINE));
        }

        @Test
        void theDiagramIsAMermaidFlowchart() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            int n = VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
            given().auth().oauth2(VersionFixtures.ticketbot()).when().get("/api/sops/{key}/versions/{n}/diagram", key, n)
                    .then().statusCode(200).body(startsWith("flowchart TD")).body(containsString("-->|\"yes\"|"));
        }

        @Test
        void aVersionWithBothATreeAndAnOutlineIsRefused() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            String both = outlineVersion(OUTLINE).replace("\"outline\"",
                    "\"decisionTree\": " + VersionFixtures.REFUND_TREE + ", \"outline\"");
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(both)
                    .when().post("/api/sops/{key}/versions", key)
                    .then().statusCode(400).body("errors[0].field", equalTo("decisionTree"));
        }

        @Test
        void aVersionWithABrokenOutlineNamesTheLine() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body(outlineVersion(OUTLINE.replace("goto refund", "goto nowhere")))
                    .when().post("/api/sops/{key}/versions", key)
                    .then().statusCode(400).body("errors[0].field", equalTo("outline:3"))
                    .body("errors[0].message", containsString("nowhere"));
        }

        @Test
        void theOutlineOfAnUnknownVersionIsNotFound() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(TestTokens.sam()).when().get("/api/sops/{key}/versions/4/outline", key)
                    .then().statusCode(404).body("type", endsWith("not-found"));
        }
    }
}
