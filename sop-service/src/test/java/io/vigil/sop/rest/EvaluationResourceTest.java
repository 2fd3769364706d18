package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class EvaluationResourceTest {

    private static final String RISKY = """
            {"facts": {"order": {"amount": 250.0}, "account": {"ageDays": 3}}, "answers": {"delivered": "yes"}}
            """;

    private static String publishedKey() {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        VersionFixtures.published(key);
        return key;
    }

    private static ValidatableResponse evaluate(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/sops/{key}/evaluate", key).then();
    }

    @Nested
    class Answers {

        @Test
        void anInvestigatorGetsTheOutcomeAndThePath() {
            evaluate(TestTokens.ivy(), publishedKey(), RISKY).statusCode(200)
                    .body("version", equalTo(1)).body("outcome.code", equalTo("HUMAN_REVIEW"))
                    .body("outcome.handover", equalTo(true)).body("next", nullValue())
                    .body("path", contains("delivered", "value", "escalate"));
        }

        @Test
        void withoutAnswersTheNextQuestionComesBack() {
            evaluate(VersionFixtures.ticketbot(), publishedKey(), "{\"facts\":{}}").statusCode(200)
                    .body("outcome", nullValue()).body("next.node", equalTo("delivered"))
                    .body("next.text", equalTo("Did the buyer receive the item?"))
                    .body("next.answers", contains("yes", "no"));
        }

        @Test
        void aPinnedDraftCanBeTriedBeforeItIsPublished() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
            evaluate(TestTokens.sam(), key, "{\"answers\":{\"delivered\":\"no\"},\"version\":1}").statusCode(200)
                    .body("version", equalTo(1)).body("outcome.code", equalTo("REFUND_FULL"));
        }

        @Test
        void aPinnedApprovedVersionAnswersTheSameOnceItIsInMemory() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            int approved = VersionFixtures.approved(key);
            String pinned = RISKY.replace("}}\n", "}, \"version\": " + approved + "}\n");
            for (int i = 0; i < 2; i++) {
                evaluate(TestTokens.sara(), key, pinned).statusCode(200).body("version", equalTo(approved))
                        .body("outcome.code", equalTo("HUMAN_REVIEW"));
            }
        }

        @Test
        void leadsAuditorsAndAdminsMayEvaluate() {
            String key = publishedKey();
            for (String token : List.of(TestTokens.lena(), TestTokens.aud(), TestTokens.ada(), TestTokens.sara())) {
                evaluate(token, key, RISKY).statusCode(200);
            }
        }
    }

    @Nested
    class Errors {

        @Test
        void anSopWithNothingInEffectIsNotFound() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            evaluate(TestTokens.ivy(), key, RISKY).statusCode(404).body("detail", endsWith("does not exist"));
        }

        @Test
        void anUnknownSopIsNotFound() {
            evaluate(TestTokens.ivy(), "shop.nothing", RISKY).statusCode(404);
        }

        @Test
        void anAnswerNotOfferedIsNamed() {
            evaluate(TestTokens.ivy(), publishedKey(), "{\"answers\":{\"delivered\":\"maybe\"}}").statusCode(400)
                    .body("errors[0].field", equalTo("answers.delivered"));
        }

        @Test
        void aMissingFactIsNamed() {
            evaluate(TestTokens.ivy(), publishedKey(), "{\"answers\":{\"delivered\":\"yes\"}}").statusCode(400)
                    .body("errors[0].field", equalTo("facts.order.amount"));
        }

        @Test
        void aConditionThatRunsOverItsStepBudgetIsStoppedAndNamed() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            String checks = String.join("&&", java.util.Collections.nCopies(95, "x>0"));
            String tree = """
                    {"start": "big", "facts": {"x": "int"},
                     "nodes": {"big": {"type": "condition", "cases": [{"when": "%s", "next": "yes"}],
                                       "otherwise": "no"},
                               "yes": {"type": "outcome", "code": "YES"}, "no": {"type": "outcome", "code": "NO"}}}
                    """.formatted(checks);
            int n = VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.version(tree, "[]"));
            evaluate(TestTokens.sam(), key, "{\"facts\":{\"x\":1},\"version\":" + n + "}").statusCode(422)
                    .body("type", endsWith("condition-failed")).body("node", equalTo("big"))
                    .body("detail", containsString("budget of 200 steps"));
        }

        @Test
        void anOversizeBodyIsRefusedBeforeItIsRead() {
            String padding = "x".repeat(2 * 1024 * 1024);
            evaluate(TestTokens.ivy(), publishedKey(), "{\"facts\":{\"note\":\"" + padding + "\"}}").statusCode(413)
                    .body("type", endsWith("payload-too-large"));
        }

        @Test
        void malformedJsonIsABadRequest() {
            evaluate(TestTokens.ivy(), publishedKey(), "{\"facts\": ").statusCode(400)
                    .body("type", endsWith("malformed-body"));
        }

        @Test
        void anUnknownPinnedVersionIsNotFound() {
            evaluate(TestTokens.ivy(), publishedKey(), "{\"version\":7}").statusCode(404);
        }

        @Test
        void aTokenWithoutAVigilRoleIsForbidden() {
            evaluate(TestTokens.token("eve", Set.of("guest"), List.of("US")), publishedKey(), RISKY).statusCode(403);
        }

        @Test
        void withoutATokenNothingIsEvaluated() {
            given().contentType(ContentType.JSON).body(RISKY).when().post("/api/sops/shop.x/evaluate")
                    .then().statusCode(401);
        }
    }
}
