package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Builds case reports and opens them through the API, each with its own subjects so tests never collide. */
final class CaseFixtures {

    private CaseFixtures() {
    }

    static String report(String region, String subjectRef) {
        return """
                {"domain":"shop","category":"counterfeit","title":"Counterfeit sneakers","description":"Listing copies a brand",
                 "region":"%s","severity":"high","source":"user-report",
                 "subjects":[{"type":"listing","ref":"%s"},{"type":"account","ref":"A-%s"}]}
                """.formatted(region, subjectRef, subjectRef);
    }

    static String uniqueRef() {
        return "L-" + UUID.randomUUID();
    }

    static io.restassured.response.ValidatableResponse transition(String token, String id, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"to\":\"" + to + "\",\"reason\":\"test\"}")
                .when().post("/api/cases/" + id + "/transitions").then();
    }

    static String queue(String token, String region) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"name\":\"q-" + UUID.randomUUID() + "\",\"region\":\"" + region + "\"}")
                .when().post("/api/queues").then().statusCode(201).extract().path("id");
    }

    /** Opens a case in a category of the caller's choosing, so reports on one subject do not dedupe. */
    static String open(String token, String region, String subjectRef, String category) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(report(region, subjectRef).replace("counterfeit", category))
                .when().post("/api/cases")
                .then().statusCode(201).extract().path("id");
    }

    static String open(String token, String region, String subjectRef) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(report(region, subjectRef))
                .when().post("/api/cases")
                .then().statusCode(201).extract().path("id");
    }
}
