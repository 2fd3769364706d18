package io.vigil.console;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;

/** Requests a signed-in browser makes: page loads and form posts, redirects not followed so tests see them. */
final class Pages {

    private Pages() {
    }

    static Response open(Map<String, String> session, String path) {
        return given().cookies(session).redirects().follow(false).when().get(path);
    }

    static Response post(Map<String, String> session, String path, Map<String, String> form) {
        var request = given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded");
        form.forEach(request::formParam);
        return request.when().post(path);
    }
}
