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

    static String open(String token, String region, String subjectRef) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(report(region, subjectRef))
                .when().post("/api/cases")
                .then().statusCode(201).extract().path("id");
    }
}
