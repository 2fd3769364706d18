package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Cases in a fake SOP's category and the guidance calls on them. */
final class GuidanceFixtures {

    private GuidanceFixtures() {
    }

    /** Opens a US case in the fake SOP's category, about fresh subjects. */
    static String caseFor(String token, FakeSopService sop) {
        return CaseFixtures.open(token, "US", CaseFixtures.uniqueRef(), sop.category);
    }

    static ValidatableResponse guidance(String token, String caseId) {
        return given().auth().oauth2(token).when().get("/api/cases/" + caseId + "/guidance").then();
    }

    static ValidatableResponse answer(String token, String caseId, String input, String value) {
        return step(token, caseId, "{\"input\":\"" + input + "\",\"value\":\"" + value + "\"}");
    }

    static ValidatableResponse step(String token, String caseId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/cases/" + caseId + "/guidance/walk").then();
    }

    static ValidatableResponse decide(String token, String caseId, String outcome) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"outcome\":\"" + outcome + "\"}")
                .when().post("/api/cases/" + caseId + "/guidance/outcome").then();
    }

    /** Walks the fake tree to DELIST_AND_STRIKE: rights owner, proof given, no prior strikes. */
    static void walkToDelist(String token, String caseId) {
        answer(token, caseId, "reporter", "rights-owner").statusCode(200);
        answer(token, caseId, "proof", "yes").statusCode(200);
        step(token, caseId, "{\"facts\":{\"seller.priorStrikes\":0}}").statusCode(200);
    }

    /** Circuit breakers outlive a test; each test starts with all of them closed. */
    static void closeCircuits(CircuitBreakerMaintenance circuits) {
        circuits.resetAll();
    }
}
