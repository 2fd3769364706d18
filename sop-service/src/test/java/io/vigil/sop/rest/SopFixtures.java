package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** SOP definitions with unique keys, so tests never collide. */
final class SopFixtures {

    private SopFixtures() {
    }

    static String uniqueKey() {
        return "shop.refund-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String definition(String key) {
        return """
                {"key":"%s","title":"Refund disputes","domain":"shop","category":"refund-dispute",
                 "audience":["investigator","lead"]}
                """.formatted(key);
    }

    static void define(String token, String key) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(definition(key))
                .when().post("/api/sops").then().statusCode(201);
    }
}
