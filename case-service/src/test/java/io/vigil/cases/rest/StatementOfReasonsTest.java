package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static io.vigil.cases.rest.EnforcementApi.request;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class StatementOfReasonsTest {

    @Test
    void theStatementCarriesEveryPointOfArticle17AsJson() {
        String kase = open(TestTokens.ivy(), "US", uniqueRef());
        String ref = given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase).then()
                .extract().path("ref");
        String subject = "A-" + UUID.randomUUID();
        String id = request(TestTokens.ivy(), kase, EnforcementApi.order("suspend", subject, "SHOP-COUNTERFEIT")
                .replace("\"rationale\"", "\"duration\":\"P30D\",\"automatedDetection\":true,"
                        + "\"automatedDecision\":\"partially\",\"rationale\"")).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + id + "/statement-of-reasons")
                .then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", containsString("statement-of-reasons-" + id + ".json"))
                .body("puid", equalTo(id)).body("caseRef", equalTo(ref)).body("status", equalTo("ACTIVE"))
                // (a) the restriction, its territorial scope and duration
                .body("restriction.type", equalTo("suspend"))
                .body("restriction.decisionAccount", equalTo("DECISION_ACCOUNT_SUSPENDED"))
                .body("restriction", not(hasKey("decisionVisibility")))
                .body("restriction.subjects[0].ref", equalTo(subject))
                .body("restriction.territorialScope", contains("US"))
                .body("restriction.applicationDate", notNullValue())
                .body("restriction.endDateAccountRestriction", notNullValue())
                // (b) facts and circumstances, how the matter came up, the SOP path
                .body("facts.decisionFacts", equalTo("40 replica sneakers sold in a week; brand owner confirmed"))
                .body("facts.sourceType", equalTo("SOURCE_ARTICLE_16"))
                .body("facts.category", equalTo("STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"))
                .body("facts.sop.key", equalTo("shop.counterfeit")).body("facts.sop.version", equalTo(3))
                // (c) automated means
                .body("automation.automatedDetection", equalTo(true))
                .body("automation.automatedDecision", equalTo("AUTOMATED_DECISION_PARTIALLY"))
                // (e) the contractual ground with its explanation
                .body("ground.decisionGround", equalTo("DECISION_GROUND_INCOMPATIBLE_CONTENT"))
                .body("ground.incompatibleContentGround", containsString("Seller Terms section 7.2"))
                .body("ground.incompatibleContentExplanation", containsString("protected brand"))
                .body("ground", not(hasKey("illegalContentLegalGround")))
                // (f) redress
                .body("redress.internalComplaintHandling.available", equalTo(true))
                .body("redress.internalComplaintHandling.appealPath", equalTo("/api/enforcements/" + id + "/appeals"))
                .body("redress.internalComplaintHandling.deadline", notNullValue())
                .body("redress.outOfCourtDisputeSettlement.description", containsString("Article 21"))
                .body("redress.judicialRedress.available", equalTo(true));
    }

    @Test
    void aLegalGroundIsCitedAsSuchAndAnEuDecisionCoversTheMemberStates() {
        String kase = open(TestTokens.ian(), "EU", uniqueRef());
        String id = request(TestTokens.ian(), kase, EnforcementApi.order("delist", "A-" + UUID.randomUUID(),
                "SHOP-PROHIBITED-ITEM")).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.ian()).when().get("/api/enforcements/" + id + "/statement-of-reasons")
                .then().statusCode(200)
                .body("ground.decisionGround", equalTo("DECISION_GROUND_ILLEGAL_CONTENT"))
                .body("ground.illegalContentLegalGround", containsString("Directive (EU) 2021/555"))
                .body("ground", not(hasKey("incompatibleContentGround")))
                .body("restriction.decisionVisibility", contains("DECISION_VISIBILITY_CONTENT_DISABLED"))
                .body("restriction.territorialScope", hasItems("DE", "FR", "IE", "GR"))
                .body("restriction.territorialScope.size()", equalTo(27));
    }

    @Test
    void aStatementOutsideTheCallersRegionsIsNotFound() {
        String kase = open(TestTokens.ian(), "EU", uniqueRef());
        String id = request(TestTokens.ian(), kase, EnforcementApi.order("warn", "A-" + UUID.randomUUID(),
                "SHOP-COUNTERFEIT")).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + id + "/statement-of-reasons")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + UUID.randomUUID()
                + "/statement-of-reasons").then().statusCode(404);
    }
}
