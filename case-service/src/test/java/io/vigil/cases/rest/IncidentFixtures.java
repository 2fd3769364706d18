package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Set;

/** Tokens of the incident tests' people, and requests that declare and move incidents through the API. */
final class IncidentFixtures {

    private IncidentFixtures() {
    }

    /** The demo realm's US-only lead. */
    static String leo() {
        return TestTokens.token("leo", Set.of("lead"), List.of("US"));
    }

    /** A lead for the EU only. */
    static String lex() {
        return TestTokens.token("lex", Set.of("lead"), List.of("EU"));
    }

    /** A lead and an investigator of a region of their own, so tests that count things see only their data. */
    static String leadOf(String name, String region) {
        return TestTokens.token(name, Set.of("lead"), List.of(region));
    }

    static String investigatorOf(String name, String region) {
        return TestTokens.token(name, Set.of("investigator"), List.of(region));
    }

    static String body(String severity, String... regions) {
        return """
                {"title":"Coordinated fake reviews","description":"A ring posts reviews from new accounts",
                 "kind":"coordinated-abuse","severity":"%s","regions":[%s]}
                """.formatted(severity, String.join(",", List.of(regions).stream().map(r -> "\"" + r + "\"")
                .toList()));
    }

    static ValidatableResponse declare(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents").then();
    }

    /** Declares a SEV3 incident in the regions and returns its id. */
    static String incident(String token, String... regions) {
        return declare(token, body("SEV3", regions)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse transition(String token, String id, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"to\":\"" + to + "\",\"reason\":\"test\"}")
                .when().post("/api/incidents/" + id + "/transitions").then();
    }

    static ValidatableResponse read(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/incidents/" + id).then();
    }

    static ValidatableResponse timeline(String token, String id) {
        return given().auth().oauth2(token).queryParam("limit", 500).when().get("/api/incidents/" + id + "/timeline")
                .then();
    }

    /** A complete RCA body with the given corrective actions (JSON objects). */
    static String rca(String... actions) {
        return """
                {"summary":"Review ring slipped past the new-account filter","impact":"1,200 fake reviews for 3 days",
                 "timeline":[{"at":"2026-11-02T09:00:00Z","text":"First reports"}],
                 "rootCause":"The filter skipped accounts created through the partner API",
                 "contributingFactors":["No alert on review volume"],"correctiveActions":[%s]}
                """.formatted(String.join(",", actions));
    }

    static String action(String title, String owner) {
        return "{\"title\":\"" + title + "\",\"owner\":\"" + owner + "\",\"dueDate\":\"2026-12-15\"}";
    }

    static ValidatableResponse saveRca(String token, String id, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/incidents/" + id + "/rca").then();
    }

    static ValidatableResponse actionStatus(String token, String id, String actionId, String status, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reason == null ? "{\"status\":\"" + status + "\"}"
                        : "{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}")
                .when().post("/api/incidents/" + id + "/corrective-actions/" + actionId + "/status").then();
    }
}
