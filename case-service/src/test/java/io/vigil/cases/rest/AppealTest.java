package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static io.vigil.cases.rest.EnforcementApi.activeBan;
import static io.vigil.cases.rest.EnforcementApi.appeal;
import static io.vigil.cases.rest.EnforcementApi.ines;
import static io.vigil.cases.rest.EnforcementApi.judge;
import static io.vigil.cases.rest.EnforcementApi.leo;
import static io.vigil.cases.rest.EnforcementApi.read;
import static io.vigil.cases.rest.EnforcementApi.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class AppealTest {

    @Inject
    AuditRows auditRows;

    @Nested
    class Filing {

        @Test
        void anAppealOpensALinkedCaseInTheAppealsQueueOfItsDomainAndRegion() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String ban = activeBan(kase, "A-" + UUID.randomUUID());
            String appealsQueue = given().auth().oauth2(TestTokens.ivy()).when().get("/api/queues").then()
                    .extract().path("items.find { it.name == 'shop-US-APPEALS' }.id");
            var filed = appeal(TestTokens.ivy(), ban).statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/api/appeals/")).body("status", equalTo("OPEN"))
                    .body("enforcementId", equalTo(ban)).body("appealedCaseId", equalTo(kase))
                    .body("case.source", equalTo("appeal")).body("case.status", equalTo("NEW"))
                    .body("case.category", equalTo("appeal.counterfeit")).body("case.queueId", equalTo(appealsQueue))
                    .body("case.region", equalTo("US")).body("case.ref", startsWith("TS-"));
            String appealId = filed.extract().path("id");
            String reviewCase = filed.extract().path("case.id");
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/links")
                    .then().body("items.type", contains("HAS_APPEAL")).body("items.caseId", contains(reviewCase));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + ban + "/history")
                    .then().body("items.kind", hasItem("APPEALED"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + ban + "/appeals")
                    .then().statusCode(200).body("items.id", contains(appealId));
            assertThat(auditRows.about(appealId)).anySatisfy(e -> assertThat(e).contains("\"appeal.file\""));
            assertThat(auditRows.about(reviewCase)).anySatisfy(e -> assertThat(e).contains("\"case.open\"",
                    "\"appeal\""));
        }

        @Test
        void anActionHasOneOpenAppealAtATime() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String warn = requested(kase, "warn", "A-" + UUID.randomUUID());
            String first = appeal(TestTokens.ivy(), warn).statusCode(201).extract().path("id");
            appeal(TestTokens.lena(), warn).statusCode(409).body("type", endsWith("appeal-open"))
                    .body("appealId", equalTo(first));
            assertThat(auditRows.about(warn)).anySatisfy(e -> assertThat(e).contains("\"appeal.file\"",
                    "\"appeal-open\""));
        }

        @Test
        void aPendingActionCannotBeAppealedAndAStatementIsRequired() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String pending = requested(kase, "ban", "A-" + UUID.randomUUID());
            appeal(TestTokens.ivy(), pending).statusCode(409).body("type", endsWith("not-appealable"));
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"statement\":\"\"}")
                    .when().post("/api/enforcements/" + pending + "/appeals").then().statusCode(400)
                    .body("errors[0].field", equalTo("statement"));
            appeal(TestTokens.ian(), pending).statusCode(404);
            appeal(TestTokens.ada(), pending).statusCode(403);
        }
    }

    @Test
    void appealLinksAreMadeOnlyByFilingAnAppeal() {
        String a = open(TestTokens.ivy(), "US", uniqueRef());
        String b = open(TestTokens.ivy(), "US", uniqueRef());
        LinkAndGroupTest.link(TestTokens.ivy(), a, "APPEAL_OF", b).statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Nested
    class Deciding {

        @Test
        void theRequesterAndTheApproverMayNotJudgeTheirOwnAction() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String ban = activeBan(kase, "A-" + UUID.randomUUID());
            String appealId = appeal(TestTokens.ivy(), ban).statusCode(201).extract().path("id");
            judge(TestTokens.ivy(), appealId, "overturned").statusCode(403)
                    .body("type", endsWith("appeal-decider-conflict"));
            judge(TestTokens.lena(), appealId, "upheld").statusCode(403);
            assertThat(auditRows.about(appealId)).filteredOn(e -> e.contains("\"appeal.decide\""))
                    .hasSize(2).allSatisfy(e -> assertThat(e).contains("\"denied\"", "appeal-decider-conflict"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/appeals/" + appealId)
                    .then().body("status", equalTo("OPEN"));
        }

        @Test
        void overturnedReversesTheActionDismissesItsStrikesAndResolvesTheReviewCase() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String subject = "A-" + UUID.randomUUID();
            String ban = activeBan(kase, subject);
            var filed = appeal(TestTokens.ivy(), ban).statusCode(201);
            String appealId = filed.extract().path("id");
            String reviewCase = filed.extract().path("case.id");
            judge(leo(), appealId, "overturned").statusCode(200).body("status", equalTo("DECIDED"))
                    .body("outcome", equalTo("overturned")).body("decidedBy", equalTo("leo"))
                    .body("case.status", equalTo("RESOLVED"));
            read(TestTokens.ivy(), ban).body("status", equalTo("REVERSED")).body("reversedBy", equalTo("leo"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/subjects/account/" + subject + "/strikes")
                    .then().body("activeStrikes", equalTo(0));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + ban + "/history")
                    .then().body("items.kind", contains("REQUESTED", "APPROVED", "APPEALED", "APPEAL_OVERTURNED"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + reviewCase + "/history")
                    .then().body("items.to", contains("TRIAGED", "IN_PROGRESS", "RESOLVED"));
            assertThat(auditRows.about(appealId)).anySatisfy(e -> assertThat(e).contains("\"appeal.decide\"",
                    "\"overturned\"", "\"success\""));
            assertThat(auditRows.about(ban)).anySatisfy(e -> assertThat(e).contains("\"enforcement.reverse\"",
                    "\"appeal-overturned\""));
        }

        @Test
        void upheldKeepsTheActionAndAnAppealIsDecidedOnce() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String ban = activeBan(kase, "A-" + UUID.randomUUID());
            String appealId = appeal(TestTokens.ivy(), ban).statusCode(201).extract().path("id");
            given().auth().oauth2(ines()).contentType(ContentType.JSON).header("If-Match", "\"5\"")
                    .body("{\"outcome\":\"upheld\",\"reason\":\"r\"}").when().post("/api/appeals/" + appealId + "/decision")
                    .then().statusCode(412);
            judge(ines(), appealId, "upheld").statusCode(200).body("outcome", equalTo("upheld"))
                    .body("case.status", equalTo("RESOLVED"));
            read(TestTokens.ivy(), ban).body("status", equalTo("ACTIVE"));
            judge(leo(), appealId, "overturned").statusCode(409).body("type", endsWith("appeal-decided"));
            read(TestTokens.ivy(), ban).body("status", equalTo("ACTIVE"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + ban + "/history")
                    .then().body("items.kind", hasItem("APPEAL_UPHELD"));
        }

        @Test
        void adminsDoNotJudgeAppealsAndOtherRegionsCannotSeeThem() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String warn = requested(kase, "warn", "A-" + UUID.randomUUID());
            String appealId = appeal(TestTokens.ivy(), warn).statusCode(201).extract().path("id");
            judge(TestTokens.ada(), appealId, "overturned").statusCode(403);
            judge(TestTokens.ian(), appealId, "overturned").statusCode(404);
            given().auth().oauth2(TestTokens.ian()).when().get("/api/appeals/" + appealId).then().statusCode(404);
            given().auth().oauth2(ines()).contentType(ContentType.JSON).body("{\"outcome\":\"partly\",\"reason\":\"r\"}")
                    .when().post("/api/appeals/" + appealId + "/decision").then().statusCode(400);
            judge(TestTokens.lena(), UUID.randomUUID().toString(), "upheld").statusCode(404);
        }

        @Test
        void appealsAreListedByStatusOutcomeAndCase() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String first = appeal(TestTokens.ivy(), requested(kase, "warn", "A-" + UUID.randomUUID())).statusCode(201)
                    .extract().path("id");
            String second = appeal(TestTokens.ivy(), requested(kase, "warn", "A-" + UUID.randomUUID()))
                    .statusCode(201).extract().path("id");
            judge(leo(), first, "overturned").statusCode(200);
            given().auth().oauth2(TestTokens.ivy()).queryParam("caseId", kase).when().get("/api/appeals")
                    .then().statusCode(200).body("items.id", contains(second, first));
            given().auth().oauth2(TestTokens.ivy()).queryParam("caseId", kase).queryParam("status", "OPEN")
                    .when().get("/api/appeals").then().body("items.id", contains(second));
            given().auth().oauth2(TestTokens.ivy()).queryParam("caseId", kase).queryParam("outcome", "overturned")
                    .queryParam("limit", 1).when().get("/api/appeals").then().body("items.id", contains(first));
            given().auth().oauth2(TestTokens.ian()).queryParam("caseId", kase).when().get("/api/appeals")
                    .then().body("items.size()", equalTo(0));
            given().auth().oauth2(TestTokens.ivy()).queryParam("outcome", "maybe").when().get("/api/appeals")
                    .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        }
    }
}
