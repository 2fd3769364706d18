package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;

/** Resolved cases worked by a chosen investigator, and QA samples and scores through the API. */
final class QualityFixtures {

    private QualityFixtures() {
    }

    /** Opens a case in the region, has {@code person} take it, optionally follow an SOP, and resolve it. */
    static String resolvedCase(String token, String person, String region, String sopKey) {
        String id = CaseFixtures.open(token, region, CaseFixtures.uniqueRef());
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"assignee\":\"" + person + "\"}")
                .when().post("/api/cases/" + id + "/assignment").then().statusCode(200);
        if (sopKey != null) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"sopKey\":\"" + sopKey + "\",\"sopVersion\":3,\"steps\":[\"Check the listing\"]}")
                    .when().post("/api/cases/" + id + "/tasks/from-sop").then().statusCode(201);
        }
        for (String to : new String[] {"TRIAGED", "IN_PROGRESS", "RESOLVED"}) {
            CaseFixtures.transition(token, id, to).statusCode(200);
        }
        return id;
    }

    /** A sample body over the last day; {@code plan} is the rest of the JSON object, such as {@code "size":2}. */
    static String sample(String strategy, String plan) {
        return """
                {"from":"%s","to":"%s","strategy":"%s",%s}
                """.formatted(TestClock.now().minus(Duration.ofDays(1)), TestClock.now().plus(Duration.ofHours(1)),
                strategy, plan);
    }

    static ValidatableResponse draw(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/quality/samples").then();
    }

    static String scores(int each, String agreement) {
        return """
                {"scores":{"accuracy":%d,"evidence":%d,"procedure":%d,"rationale":%d},"agreement":"%s",
                 "comment":"Checked against the SOP"}
                """.formatted(each, each, each, each, agreement);
    }

    static ValidatableResponse score(String token, String reviewId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/quality/reviews/" + reviewId + "/score").then();
    }
}
