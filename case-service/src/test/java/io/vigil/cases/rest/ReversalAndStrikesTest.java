package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static io.vigil.cases.rest.EnforcementApi.activeBan;
import static io.vigil.cases.rest.EnforcementApi.read;
import static io.vigil.cases.rest.EnforcementApi.request;
import static io.vigil.cases.rest.EnforcementApi.requested;
import static io.vigil.cases.rest.EnforcementApi.reverse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.cases.enforcement.EnforcementExpiry;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class ReversalAndStrikesTest {

    @Inject
    AuditRows auditRows;

    @Inject
    EnforcementExpiry expiry;

    private static ValidatableResponse strikesOf(String token, String ref) {
        return given().auth().oauth2(token).when().get("/api/subjects/account/" + ref + "/strikes").then();
    }

    @Nested
    class Reversal {

        @Test
        void aLeadReversesAnActiveActionAndItsStrikesGoWithIt() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String subject = "A-" + UUID.randomUUID();
            String ban = activeBan(kase, subject);
            strikesOf(TestTokens.ivy(), subject).body("activeStrikes", equalTo(1));
            reverse(TestTokens.lena(), ban).statusCode(200).body("status", equalTo("REVERSED"))
                    .body("reversedBy", equalTo("lena")).body("reversalReason", equalTo("wrong account"));
            strikesOf(TestTokens.ivy(), subject).body("activeStrikes", equalTo(0))
                    .body("strikes[0].status", equalTo("DISMISSED")).body("strikes[0].counting", equalTo(false));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + ban + "/history")
                    .then().body("items.kind", contains("REQUESTED", "APPROVED", "REVERSED"));
            assertThat(auditRows.about(ban)).anySatisfy(e -> assertThat(e).contains("\"enforcement.reverse\"",
                    "\"REVERSED\"", "\"strike\""));
        }

        @Test
        void onlyAnActiveOrExpiredActionCanBeReversed() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String pending = requested(kase, "ban", "A-" + UUID.randomUUID());
            reverse(TestTokens.lena(), pending).statusCode(409).body("type", endsWith("illegal-enforcement-state"))
                    .body("allowed", contains("ACTIVE", "REJECTED"));
            assertThat(auditRows.about(pending)).anySatisfy(e -> assertThat(e).contains("\"enforcement.reverse\"",
                    "\"denied\""));
        }

        @Test
        void investigatorsMayNotReverseAndAReasonIsRequired() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String warn = requested(kase, "warn", "A-" + UUID.randomUUID());
            reverse(TestTokens.ivy(), warn).statusCode(403).body("type", endsWith("lead-required"));
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/enforcements/" + warn + "/reversal").then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                    .body("{\"reason\":\"r\"}").when().post("/api/enforcements/" + warn + "/reversal")
                    .then().statusCode(412);
            reverse(TestTokens.ian(), warn).statusCode(404);
            read(TestTokens.ivy(), warn).body("status", equalTo("ACTIVE"));
        }

        @Test
        void aTemporaryActionExpiresAndCanStillBeReversed() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String suspend = request(TestTokens.ivy(), kase, EnforcementApi.order("suspend", "A-" + UUID.randomUUID(),
                    "SHOP-COUNTERFEIT").replace("\"rationale\"", "\"duration\":\"PT1H\",\"rationale\""))
                    .statusCode(201).extract().path("id");
            TestClock.advance(Duration.ofMinutes(61));
            while (expiry.sweep() > 0) {
                Thread.onSpinWait();
            }
            read(TestTokens.ivy(), suspend).body("status", equalTo("EXPIRED"));
            assertThat(auditRows.about(suspend)).anySatisfy(e -> assertThat(e).contains("\"enforcement.expire\""));
            reverse(TestTokens.lena(), suspend).statusCode(200).body("status", equalTo("REVERSED"));
        }
    }

    @Nested
    class Strikes {

        @Test
        void weightedActionsLeaveStrikesThatDriveTheLadderOnTheCase() {
            String subject = "A-" + UUID.randomUUID();
            String kase = given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("""
                    {"domain":"shop","category":"counterfeit","title":"Replicas","region":"US","severity":"high",
                     "source":"user-report","subjects":[{"type":"account","ref":"%s"}]}
                    """.formatted(subject)).when().post("/api/cases").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/strikes")
                    .then().statusCode(200).body("suggestedAction", equalTo("warn"))
                    .body("subjects[0].activeStrikes", equalTo(0));
            requested(kase, "warn", subject);
            request(TestTokens.ivy(), kase, EnforcementApi.order("delist", subject, "SHOP-PROHIBITED-ITEM"))
                    .statusCode(201);
            strikesOf(TestTokens.ivy(), subject).statusCode(200).body("activeStrikes", equalTo(3))
                    .body("nextStrike", equalTo(4)).body("suggestedAction", equalTo("ban")).body("strikes", hasSize(2))
                    .body("strikes.policy", contains("prohibited-items", "counterfeit"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/strikes")
                    .then().body("suggestedAction", equalTo("ban")).body("maxActiveStrikes", equalTo(3));
            strikesOf(TestTokens.ian(), subject).body("activeStrikes", equalTo(0)).body("strikes", hasSize(0));
        }

        @Test
        void aLeadDismissesAWronglyIssuedStrikeOnce() {
            String subject = "A-" + UUID.randomUUID();
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String warn = requested(kase, "warn", subject);
            String strike = strikesOf(TestTokens.ivy(), subject).extract().path("strikes[0].id");
            ValidatableResponse byIvy = dismiss(TestTokens.ivy(), strike);
            byIvy.statusCode(403).body("type", endsWith("lead-required"));
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).header("If-Match", "\"4\"")
                    .body("{\"reason\":\"r\"}").when().post("/api/strikes/" + strike + "/dismissal")
                    .then().statusCode(412);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/strikes/" + strike).then().statusCode(200)
                    .header("ETag", "\"0\"").body("counting", equalTo(true));
            dismiss(TestTokens.lena(), strike).statusCode(200).body("status", equalTo("DISMISSED"))
                    .body("dismissedBy", equalTo("lena")).body("enforcementId", equalTo(warn));
            dismiss(TestTokens.lena(), strike).statusCode(409).body("type", endsWith("strike-dismissed"));
            dismiss(TestTokens.lena(), UUID.randomUUID().toString()).statusCode(404);
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                    .when().post("/api/strikes/" + strike + "/dismissal").then().statusCode(400);
            read(TestTokens.ivy(), warn).body("status", equalTo("ACTIVE"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + warn + "/history")
                    .then().body("items.kind", contains("REQUESTED", "STRIKE_DISMISSED"));
            assertThat(auditRows.about(strike)).anySatisfy(e -> assertThat(e).contains("\"strike.dismiss\"",
                    "\"success\"")).anySatisfy(e -> assertThat(e).contains("\"lead-required\""));
        }

        @Test
        void aReasonWithoutWeightLeavesNoStrikeAndABadSubjectTypeIs400() {
            String subject = "A-" + UUID.randomUUID();
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            request(TestTokens.ivy(), kase, EnforcementApi.order("warn", subject, "ANY-SPAM")).statusCode(201);
            strikesOf(TestTokens.ivy(), subject).body("activeStrikes", equalTo(0)).body("strikes", hasSize(0))
                    .body("suggestedAction", equalTo("warn"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/subjects/planet/P-1/strikes")
                    .then().statusCode(400).body("errors[0].field", equalTo("type"));
            given().auth().oauth2(TestTokens.ian()).when().get("/api/cases/" + kase + "/strikes")
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/strikes/" + UUID.randomUUID())
                    .then().statusCode(404).body("detail", org.hamcrest.Matchers.containsString("Strike"));
        }

        private ValidatableResponse dismiss(String token, String strike) {
            return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reason\":\"wrong account\"}")
                    .when().post("/api/strikes/" + strike + "/dismissal").then();
        }
    }
}
