package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class NotesAndSearchTest {

    @Test
    void aNoteIsListedAndFoundByFullTextAndShowsOnTheTimeline() {
        String id = open(TestTokens.ivy(), "US", uniqueRef());
        String word = "zq" + Long.toHexString(System.nanoTime());
        given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                .body("{\"body\":\"Seller linked to **" + word + "** ring\"}")
                .when().post("/api/cases/" + id + "/notes").then().statusCode(201).body("author", equalTo("ivy"));
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/notes")
                .then().statusCode(200).body("items.author", contains("ivy"));
        given().auth().oauth2(TestTokens.ivy()).queryParam("q", word).when().get("/api/cases")
                .then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/timeline")
                .then().statusCode(200).body("items.kind", hasItem("note"));
    }

    @Test
    void notesOfACaseInAnotherRegionAreNotFound() {
        String id = open(TestTokens.ivy(), "US", uniqueRef());
        given().auth().oauth2(TestTokens.ian()).contentType(ContentType.JSON).body("{\"body\":\"x\"}")
                .when().post("/api/cases/" + id + "/notes").then().statusCode(404);
        given().auth().oauth2(TestTokens.ian()).when().get("/api/cases/" + id + "/timeline").then().statusCode(404);
    }

    @Test
    void anEmptyNoteIsABadRequest() {
        String id = open(TestTokens.ivy(), "US", uniqueRef());
        given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"body\":\"\"}")
                .when().post("/api/cases/" + id + "/notes").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void listsFilterByPriorityAndLabel() {
        String id = open(TestTokens.ivy(), "US", uniqueRef());
        String label = "l" + Long.toHexString(System.nanoTime());
        given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"label\":\"" + label + "\"}")
                .when().post("/api/cases/" + id + "/labels").then().statusCode(200).body("labels", contains(label));
        given().auth().oauth2(TestTokens.ivy()).queryParam("label", label).queryParam("priority", "P1")
                .when().get("/api/cases").then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(TestTokens.ivy()).queryParam("sla", "LATE").when().get("/api/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("sla"));
    }
}
