package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Set;

/** Calls and tokens for the enforcement and appeal endpoint tests; each test makes its own cases. */
final class EnforcementApi {

    private EnforcementApi() {
    }

    /** A second US lead, so four-eyes can be satisfied inside one region. */
    static String leo() {
        return TestTokens.token("leo", Set.of("lead"), List.of("US"));
    }

    /** A second US investigator, who took no part in an action and may decide its appeal. */
    static String ines() {
        return TestTokens.token("ines", Set.of("investigator"), List.of("US"));
    }

    static String order(String type, String subjectRef, String reasonCode) {
        return """
                {"type":"%s","subjects":[{"type":"account","ref":"%s"}],"reasonCode":"%s",
                 "sop":{"key":"shop.counterfeit","version":3,"decisionPath":["brand-check","seller-history","outcome"]},
                 "rationale":"40 replica sneakers sold in a week; brand owner confirmed"}
                """.formatted(type, subjectRef, reasonCode);
    }

    static ValidatableResponse request(String token, String caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/cases/" + caseId + "/enforcements").then();
    }

    /** Requests an action as ivy and returns its id. */
    static String requested(String caseId, String type, String subjectRef) {
        return requested(caseId, type, subjectRef, TestTokens.ivy());
    }

    static String requested(String caseId, String type, String subjectRef, String token) {
        return request(token, caseId, order(type, subjectRef, "SHOP-COUNTERFEIT")).statusCode(201)
                .extract().path("id");
    }

    static ValidatableResponse decide(String token, String actionId, String decision) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"decision\":\"" + decision + "\",\"reason\":\"evidence reviewed\"}")
                .when().post("/api/enforcements/" + actionId + "/approval").then();
    }

    static ValidatableResponse reverse(String token, String actionId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reason\":\"wrong account\"}")
                .when().post("/api/enforcements/" + actionId + "/reversal").then();
    }

    static ValidatableResponse read(String token, String actionId) {
        return given().auth().oauth2(token).when().get("/api/enforcements/" + actionId).then();
    }

    static ValidatableResponse appeal(String token, String actionId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"statement\":\"These were genuine sneakers bought from the brand's outlet\"}")
                .when().post("/api/enforcements/" + actionId + "/appeals").then();
    }

    static ValidatableResponse judge(String token, String appealId, String outcome) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"outcome\":\"" + outcome + "\",\"reason\":\"receipts checked\"}")
                .when().post("/api/appeals/" + appealId + "/decision").then();
    }

    /** An ACTIVE ban on {@code subjectRef}: requested by ivy, approved by lena. */
    static String activeBan(String caseId, String subjectRef) {
        String id = requested(caseId, "ban", subjectRef);
        decide(TestTokens.lena(), id, "approve").statusCode(200);
        return id;
    }
}
