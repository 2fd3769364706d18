package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class SessionResourceTest {

    static final String BIG_NEW_ORDER = "{\"order\":{\"amount\":250.0},\"account\":{\"ageDays\":3}}";

    private static String publishedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        VersionFixtures.published(key);
        return key;
    }

    static String open(String key, String body) {
        return given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON).body(body)
                .when().post("/api/sops/{key}/sessions", key)
                .then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse answer(String key, String id, String value) {
        return given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON)
                .body("{\"value\":\"" + value + "\"}")
                .when().post("/api/sops/{key}/sessions/{id}/answers", key, id).then();
    }

    @Nested
    class Walking {

        @Test
        void aNewSessionAsksTheFirstQuestion() {
            String key = publishedKey();
            given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"T-1\",\"facts\":" + BIG_NEW_ORDER + "}")
                    .when().post("/api/sops/{key}/sessions", key)
                    .then().statusCode(201).body("status", equalTo("OPEN")).body("version", equalTo(1))
                    .body("next.node", equalTo("delivered")).body("next.answers", contains("yes", "no"))
                    .body("outcome", nullValue()).body("arm", nullValue());
        }

        @Test
        void answeringTheQuestionReachesTheOutcomeThroughTheCondition() {
            String key = publishedKey();
            String id = open(key, "{\"ticketId\":\"T-2\",\"facts\":" + BIG_NEW_ORDER + "}");
            answer(key, id, "yes").statusCode(200).body("status", equalTo("DONE"))
                    .body("outcome.code", equalTo("HUMAN_REVIEW")).body("path", contains("delivered", "value", "escalate"));
            given().auth().oauth2(TestTokens.lena()).when().get("/api/sops/{key}/sessions/{id}", key, id)
                    .then().statusCode(200).body("outcome.code", equalTo("HUMAN_REVIEW"));
        }

        @Test
        void aSessionCanBePinnedToADraftForTryingItOut() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            int draft = VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                    .body("{\"ticketId\":\"T-3\",\"version\":" + draft + "}")
                    .when().post("/api/sops/{key}/sessions", key).then().statusCode(201).body("version", equalTo(draft));
        }
    }

    @Nested
    class Errors {

        @Test
        void anAnswerTheQuestionDoesNotOfferNamesTheInput() {
            String key = publishedKey();
            String id = open(key, "{\"ticketId\":\"T-4\",\"facts\":" + BIG_NEW_ORDER + "}");
            answer(key, id, "maybe").statusCode(400).body("errors[0].field", equalTo("answers.delivered"));
            answer(key, id, "no").statusCode(200).body("outcome.code", equalTo("REFUND_FULL"));
        }

        @Test
        void aFinishedSessionTakesNoMoreAnswers() {
            String key = publishedKey();
            String id = open(key, "{\"ticketId\":\"T-5\"}");
            answer(key, id, "no").statusCode(200);
            answer(key, id, "yes").statusCode(409).body("type", endsWith("session-done"));
        }

        @Test
        void aMissingTicketIdIsRefused() {
            String key = publishedKey();
            given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/sops/{key}/sessions", key)
                    .then().statusCode(400).body("errors[0].field", endsWith("ticketId"));
        }

        @Test
        void anSopWithNothingInEffectHasNoSessions() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            given().auth().oauth2(VersionFixtures.ticketbot()).contentType(ContentType.JSON).body("{\"ticketId\":\"T\"}")
                    .when().post("/api/sops/{key}/sessions", key).then().statusCode(404);
        }

        @Test
        void anUnknownSessionIsNotFound() {
            String key = publishedKey();
            given().auth().oauth2(VersionFixtures.ticketbot())
                    .when().get("/api/sops/{key}/sessions/{id}", key, "01890a5d-ac96-774b-bcce-b302099a8057")
                    .then().statusCode(404);
        }

        @Test
        void anAuditorCannotOpenSessions() {
            String key = publishedKey();
            given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON).body("{\"ticketId\":\"T\"}")
                    .when().post("/api/sops/{key}/sessions", key).then().statusCode(403);
        }
    }
}
