package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.vigil.sop.tree.TreeFixtures;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Set;

/** Versions with the refund tree of DESIGN.md section 5, walked to any status a test needs. */
final class VersionFixtures {

    static final String REFUND_TREE = TreeFixtures.REFUND_TREE;


    static final String REFUND_SUITE = """
            [{"name": "not delivered", "facts": {}, "answers": {"delivered": "no"}, "expected": "REFUND_FULL"},
             {"name": "new account, big order", "facts": {"order": {"amount": 250.0}, "account": {"ageDays": 3}},
              "answers": {"delivered": "yes"}, "expected": "HUMAN_REVIEW"},
             {"name": "old account", "facts": {"order": {"amount": 250.0}, "account": {"ageDays": 300}},
              "answers": {"delivered": "yes"}, "expected": "REFUND_FULL"}]
            """;

    private VersionFixtures() {
    }

    /** A second approver, so publishing can be tested by someone other than the approver too. */
    static String solomon() {
        return TestTokens.token("sol", Set.of("sop-approver"), List.of("US"));
    }

    /** Someone who both writes and approves: the four-eyes rule must still stop them on their own work. */
    static String alex() {
        return TestTokens.token("alex", Set.of("sop-author", "sop-approver"), List.of("US"));
    }

    static String ticketbot() {
        return TestTokens.token("service-account-ticketbot", Set.of("sop-reader"), List.of());
    }

    static String version(String tree, String suite) {
        return """
                {"changeNote": "First version", "steps": "1. Ask about delivery\\n2. Check the order value",
                 "decisionTree": %s, "testSuite": %s}
                """.formatted(tree, suite);
    }

    static String refundVersion() {
        return version(REFUND_TREE, REFUND_SUITE);
    }

    static int draft(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/sops/{key}/versions", key)
                .then().statusCode(201).extract().path("number");
    }

    static void act(String token, String key, int number, String act) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .when().post("/api/sops/{key}/versions/{n}/" + act, key, number)
                .then().log().ifValidationFails().statusCode(200);
    }

    /** Drafts, submits and approves a refund version by sam and sara. */
    static int approved(String key) {
        int number = draft(TestTokens.sam(), key, refundVersion());
        act(TestTokens.sam(), key, number, "submit");
        act(TestTokens.sara(), key, number, "approve");
        return number;
    }

    static int published(String key) {
        int number = approved(key);
        act(TestTokens.sara(), key, number, "publish");
        return number;
    }
}
