package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static io.vigil.cases.rest.EnforcementApi.decide;
import static io.vigil.cases.rest.EnforcementApi.leo;
import static io.vigil.cases.rest.EnforcementApi.read;
import static io.vigil.cases.rest.EnforcementApi.request;
import static io.vigil.cases.rest.EnforcementApi.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class FourEyesTest {

    @Inject
    AuditRows auditRows;

    private static String pendingBanBy(String token) {
        String kase = open(TestTokens.ivy(), "US", uniqueRef());
        return request(token, kase, EnforcementApi.order("ban", "A-" + UUID.randomUUID(), "SHOP-COUNTERFEIT"))
                .statusCode(201).body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
    }

    @Test
    void leadCannotApproveOwnBanAndTheAttemptIsAudited() {
        String ban = pendingBanBy(TestTokens.lena());
        decide(TestTokens.lena(), ban, "approve").statusCode(403).body("type", endsWith("four-eyes"))
                .body("detail", containsString("lena requested this action, so another lead must approve"));
        read(TestTokens.lena(), ban).body("status", equalTo("PENDING_APPROVAL"));
        assertThat(auditRows.about(ban)).anySatisfy(e -> assertThat(e).contains("\"enforcement.approve\"",
                "\"denied\"", "\"four-eyes\""));
    }

    @Test
    void aSecondLeadApprovesAndTheBanComesIntoForce() {
        String ban = pendingBanBy(TestTokens.ivy());
        decide(leo(), ban, "approve").statusCode(200).header("ETag", "\"1\"").body("status", equalTo("ACTIVE"))
                .body("decidedBy", equalTo("leo")).body("decisionReason", equalTo("evidence reviewed"))
                .body("activatedAt", notNullValue());
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + ban + "/history")
                .then().body("items.kind", contains("REQUESTED", "APPROVED"))
                .body("items[1].from", equalTo("PENDING_APPROVAL")).body("items[1].actor", equalTo("leo"));
        assertThat(auditRows.about(ban)).anySatisfy(e -> assertThat(e).contains("\"enforcement.approve\"",
                "\"success\"", "\"PENDING_APPROVAL\"", "\"ACTIVE\""));
    }

    @Test
    void aLeadRejectsAndTheActionNeverComesIntoForce() {
        String ban = pendingBanBy(TestTokens.ivy());
        decide(TestTokens.lena(), ban, "reject").statusCode(200).body("status", equalTo("REJECTED"))
                .body("activatedAt", org.hamcrest.Matchers.nullValue());
        assertThat(auditRows.about(ban)).anySatisfy(e -> assertThat(e).contains("\"enforcement.reject\""));
    }

    @Test
    void decidingTwiceIsAConflictAndAudited() {
        String ban = pendingBanBy(TestTokens.ivy());
        decide(TestTokens.lena(), ban, "approve").statusCode(200);
        decide(leo(), ban, "reject").statusCode(409).body("type", endsWith("illegal-enforcement-state"))
                .body("status", equalTo("ACTIVE"));
        assertThat(auditRows.about(ban)).anySatisfy(e -> assertThat(e).contains("\"enforcement.reject\"",
                "\"denied\"", "\"illegal-enforcement-state\""));
    }

    @Test
    void anInvestigatorMayNotDecideAndTheAttemptIsAudited() {
        String ban = pendingBanBy(TestTokens.ivy());
        decide(EnforcementApi.ines(), ban, "approve").statusCode(403).body("type", endsWith("lead-required"));
        assertThat(auditRows.about(ban)).anySatisfy(e -> assertThat(e).contains("\"enforcement.approve\"",
                "\"lead-required\""));
    }

    @Test
    void anAdminHasNoSayAndTheRefusalIsAuditedAsAccessDenied() {
        String ban = pendingBanBy(TestTokens.ivy());
        decide(TestTokens.ada(), ban, "approve").statusCode(403).body("type", endsWith("forbidden"));
        assertThat(auditRows.about("POST /api/enforcements/" + ban + "/approval"))
                .anySatisfy(e -> assertThat(e).contains("\"access.denied\"", "\"sub-ada\""));
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String ban = pendingBanBy(TestTokens.ivy());
        given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body("{\"decision\":\"approve\",\"reason\":\"ok\"}").when().post("/api/enforcements/" + ban + "/approval")
                .then().statusCode(412).body("currentVersion", equalTo(0));
        given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"decision\":\"approve\",\"reason\":\"ok\"}").when().post("/api/enforcements/" + ban + "/approval")
                .then().statusCode(200);
    }

    @Test
    void aDecisionNeedsADecisionAndAReason() {
        String ban = pendingBanBy(TestTokens.ivy());
        given().auth().oauth2(leo()).contentType(ContentType.JSON).body("{\"decision\":\"maybe\"}")
                .when().post("/api/enforcements/" + ban + "/approval").then().statusCode(400);
        given().auth().oauth2(leo()).contentType(ContentType.JSON).body("{\"decision\":\"approve\",\"reason\":\" \"}")
                .when().post("/api/enforcements/" + ban + "/approval").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aLeadOfAnotherRegionCannotSeeTheActionToDecideIt() {
        String kase = open(TestTokens.ian(), "EU", uniqueRef());
        String ban = requested(kase, "ban", "A-" + UUID.randomUUID(), TestTokens.ian());
        decide(leo(), ban, "approve").statusCode(404);
        read(leo(), ban).statusCode(404);
        decide(TestTokens.lena(), ban, "approve").statusCode(200);
    }
}
