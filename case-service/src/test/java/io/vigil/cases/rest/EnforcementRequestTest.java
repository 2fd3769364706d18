package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static io.vigil.cases.rest.EnforcementApi.order;
import static io.vigil.cases.rest.EnforcementApi.request;
import static io.vigil.cases.rest.EnforcementApi.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
class EnforcementRequestTest {

    @Inject
    AuditRows auditRows;

    @Nested
    class WhenTheRequestIsValid {

        @Test
        void aWarningIsInForceAtOnceWithItsReasonSopAndHistory() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String subject = "A-" + UUID.randomUUID();
            String id = request(TestTokens.ivy(), kase, order("warn", subject, "SHOP-COUNTERFEIT")).statusCode(201)
                    .header("Location", endsWith("/api/enforcements/" + requestedId(kase)))
                    .header("ETag", "\"0\"").body("status", equalTo("ACTIVE")).body("type", equalTo("warn"))
                    .body("caseId", equalTo(kase)).body("region", equalTo("US"))
                    .body("subjects[0].ref", equalTo(subject)).body("reason.policy", equalTo("counterfeit"))
                    .body("reason.strikeWeight", equalTo(1)).body("sop.version", equalTo(3))
                    .body("sop.decisionPath", contains("brand-check", "seller-history", "outcome"))
                    .body("territorialScope", contains("US")).body("approvalRequired", equalTo(false))
                    .body("requestedBy", equalTo("ivy")).body("activatedAt", notNullValue()).extract().path("id");
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/enforcements/" + id + "/history")
                    .then().statusCode(200).body("items.kind", contains("REQUESTED"))
                    .body("items[0].to", equalTo("ACTIVE"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/timeline")
                    .then().body("items.kind", hasItem("enforcement"));
            assertThat(auditRows.about(id)).singleElement().satisfies(e -> assertThat(e)
                    .contains("\"enforcement.request\"", "\"SHOP-COUNTERFEIT\"", "\"shop.counterfeit\"", subject));
        }

        @Test
        void theRationaleReachesTheAuditTrailOnlyAsPersonalDataOfTheSubject() throws Exception {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String subject = "A-" + UUID.randomUUID();
            String id = request(TestTokens.ivy(), kase, order("warn", subject, "SHOP-COUNTERFEIT")).statusCode(201)
                    .extract().path("id");
            var envelope = new com.fasterxml.jackson.databind.ObjectMapper().readTree(auditRows.about(id).get(0));
            assertThat(envelope.path("reason").path("code").asText()).isEqualTo("SHOP-COUNTERFEIT");
            assertThat(envelope.path("reason").has("text")).isFalse();
            assertThat(envelope.path("personal").path("subjectRef").asText()).isEqualTo(subject);
            assertThat(envelope.path("personal").path("data").path("reason").asText())
                    .isEqualTo("40 replica sneakers sold in a week; brand owner confirmed");
        }

        private String requestedId(String kase) {
            return given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/enforcements")
                    .then().extract().path("items[0].id");
        }

        @Test
        void aBanWaitsForApprovalAndSoDoesAnActionOnManySubjects() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            request(TestTokens.ivy(), kase, order("ban", "A-" + UUID.randomUUID(), "SHOP-COUNTERFEIT"))
                    .statusCode(201).body("status", equalTo("PENDING_APPROVAL")).body("approvalRequired", equalTo(true))
                    .body("activatedAt", nullValue());
            StringBuilder subjects = new StringBuilder();
            for (int i = 0; i < 11; i++) {
                subjects.append(i == 0 ? "" : ",").append("{\"type\":\"listing\",\"ref\":\"L-").append(UUID.randomUUID())
                        .append("\"}");
            }
            request(TestTokens.ivy(), kase, """
                    {"type":"delist","subjects":[%s],"reasonCode":"SHOP-COUNTERFEIT","rationale":"same replica batch"}
                    """.formatted(subjects)).statusCode(201).body("status", equalTo("PENDING_APPROVAL"))
                    .body("subjects", hasSize(11));
        }

        @Test
        void anAccountGroupsMembersAreEnforcedTogetherWithTheNamedSubjects() {
            String member = "A-" + UUID.randomUUID();
            String group = LinkAndGroupTest.group(TestTokens.ivy(), "US", member);
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String named = "A-" + UUID.randomUUID();
            request(TestTokens.ivy(), kase, """
                    {"type":"suspend","accountGroupId":"%s","subjects":[{"type":"account","ref":"%s"},
                     {"type":"account","ref":"%s"}],"reasonCode":"ANY-INAUTHENTIC-ACCOUNT","rationale":"ring",
                     "duration":"P14D","territorialScope":["US","CA"]}
                    """.formatted(group, named, member)).statusCode(201)
                    .body("accountGroupId", equalTo(group)).body("subjects.ref", contains(named, member))
                    .body("duration", equalTo("PT336H")).body("expiresAt", notNullValue())
                    .body("territorialScope", contains("US", "CA"));
        }

        @Test
        void listsFilterByStatusTypeSubjectAndCaseAndPageByCursor() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String subject = "A-" + UUID.randomUUID();
            String warn = requested(kase, "warn", subject);
            String ban = requested(kase, "ban", subject);
            String other = requested(kase, "remove-content", "A-" + UUID.randomUUID());
            given().auth().oauth2(TestTokens.ivy()).queryParam("subject", subject).when().get("/api/enforcements")
                    .then().statusCode(200).body("items.id", contains(ban, warn));
            given().auth().oauth2(TestTokens.ivy()).queryParam("subject", subject)
                    .queryParam("status", "PENDING_APPROVAL").when().get("/api/enforcements")
                    .then().body("items.id", contains(ban));
            given().auth().oauth2(TestTokens.ivy()).queryParam("caseId", kase).queryParam("type", "remove-content")
                    .when().get("/api/enforcements").then().body("items.id", contains(other));
            String next = given().auth().oauth2(TestTokens.ivy()).queryParam("limit", 2)
                    .when().get("/api/cases/" + kase + "/enforcements").then().statusCode(200)
                    .body("items.id", contains(other, ban)).extract().path("nextCursor");
            given().auth().oauth2(TestTokens.ivy()).queryParam("limit", 2).queryParam("cursor", next)
                    .when().get("/api/cases/" + kase + "/enforcements").then().body("items.id", contains(warn))
                    .body("nextCursor", nullValue());
        }

        @Test
        void anIdempotentRetryAnswersTheFirstAction() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            String body = order("warn", "A-" + UUID.randomUUID(), "SHOP-COUNTERFEIT");
            String key = UUID.randomUUID().toString();
            String first = given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(body).when().post("/api/cases/" + kase + "/enforcements")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body).when().post("/api/cases/" + kase + "/enforcements")
                    .then().statusCode(201).body("id", equalTo(first));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/enforcements")
                    .then().body("items", hasSize(1));
        }
    }

    @Nested
    class WhenTheRequestIsWrong {

        @Test
        void missingAndMalformedFieldsAreNamed() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            request(TestTokens.ivy(), kase, "{\"subjects\":[{\"type\":\"account\",\"ref\":\"\"}],\"reasonCode\":\"x\"}")
                    .statusCode(400).body("errors.field", hasItems("type", "rationale", "reasonCode"));
            request(TestTokens.ivy(), kase, order("obliterate", "A-1", "SHOP-COUNTERFEIT")).statusCode(400)
                    .body("detail", org.hamcrest.Matchers.containsString("type"));
            request(TestTokens.ivy(), kase, order("warn", "A-1", "SHOP-COUNTERFEIT")
                    .replace("\"rationale\"", "\"territorialScope\":[\"Germany\"],\"rationale\""))
                    .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("territorialScope"));
        }

        @Test
        void theReasonMustBeInTheCatalogueActiveAndOfTheCasesDomain() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            request(TestTokens.ivy(), kase, order("warn", "A-1", "NO-SUCH-CODE")).statusCode(400)
                    .body("errors[0].field", equalTo("reasonCode"));
            request(TestTokens.ivy(), kase, order("warn", "A-1", "LIVE-GIFTING-FRAUD")).statusCode(400)
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("another domain"));
        }

        @Test
        void subjectsAreRequiredAndABanHasNoDuration() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            request(TestTokens.ivy(), kase, "{\"type\":\"warn\",\"reasonCode\":\"SHOP-COUNTERFEIT\",\"rationale\":\"r\"}")
                    .statusCode(400).body("errors[0].field", equalTo("subjects"));
            request(TestTokens.ivy(), kase, order("ban", "A-1", "SHOP-COUNTERFEIT")
                    .replace("\"rationale\"", "\"duration\":\"P7D\",\"rationale\"")).statusCode(400)
                    .body("errors[0].field", equalTo("duration"));
            request(TestTokens.ivy(), kase, order("suspend", "A-1", "SHOP-COUNTERFEIT")
                    .replace("\"rationale\"", "\"duration\":\"Pweek\",\"rationale\"")).statusCode(400)
                    .body("errors[0].field", equalTo("duration"));
        }

        @Test
        void aCaseOutsideTheCallersRegionsIsNotFoundAndTheAttemptAudited() {
            String kase = open(TestTokens.ian(), "EU", uniqueRef());
            request(TestTokens.ivy(), kase, order("warn", "A-1", "SHOP-COUNTERFEIT")).statusCode(404);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/enforcements")
                    .then().statusCode(404);
            assertThat(auditRows.about(kase)).anySatisfy(e -> assertThat(e).contains("\"enforcement.request\"",
                    "\"denied\""));
        }

        @Test
        void aResolvedCaseTakesNoFurtherAction() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            for (String to : new String[] {"TRIAGED", "IN_PROGRESS", "RESOLVED"}) {
                CaseFixtures.transition(TestTokens.ivy(), kase, to).statusCode(200);
            }
            request(TestTokens.ivy(), kase, order("warn", "A-1", "SHOP-COUNTERFEIT")).statusCode(409)
                    .body("type", endsWith("case-not-open"));
        }

        @Test
        void onlyInvestigatorsAndLeadsRequestActions() {
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            request(TestTokens.ada(), kase, order("warn", "A-1", "SHOP-COUNTERFEIT")).statusCode(403);
            request(TestTokens.sam(), kase, order("warn", "A-1", "SHOP-COUNTERFEIT")).statusCode(403);
            given().auth().oauth2(TestTokens.ada()).when().get("/api/cases/" + kase + "/enforcements")
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.aud()).when().get("/api/enforcements").then().statusCode(403);
        }

        @Test
        void anUnknownActionIsNotFoundAndABadFilterIs400() {
            EnforcementApi.read(TestTokens.ivy(), UUID.randomUUID().toString()).statusCode(404);
            given().auth().oauth2(TestTokens.ivy()).queryParam("status", "LIVE").when().get("/api/enforcements")
                    .then().statusCode(400).body("errors[0].field", equalTo("status"));
            given().auth().oauth2(TestTokens.ivy()).queryParam("cursor", "nope").when().get("/api/enforcements")
                    .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
    }
}
