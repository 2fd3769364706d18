package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.body;
import static io.vigil.cases.rest.IncidentFixtures.declare;
import static io.vigil.cases.rest.IncidentFixtures.incident;
import static io.vigil.cases.rest.IncidentFixtures.leo;
import static io.vigil.cases.rest.IncidentFixtures.lex;
import static io.vigil.cases.rest.IncidentFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class IncidentTest {

    @Inject
    AuditRows audit;

    @Nested
    class Declaring {

        @Test
        void aLeadDeclaresAnIncidentAndCommandsItUnlessSomeoneElseIsNamed() {
            var declared = declare(leo(), body("SEV2", "US")).statusCode(201).extract();
            String id = declared.path("id");
            assertThat(declared.header("Location")).endsWith("/api/incidents/" + id);
            read(leo(), id).statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("OPEN"))
                    .body("ref", matchesPattern("INC-\\d{4}-\\d{6}")).body("commander", equalTo("leo"))
                    .body("kind", equalTo("coordinated-abuse")).body("regions", contains("US"))
                    .body("allowedTransitions", contains("MITIGATED", "RESOLVED"));
            String named = declare(leo(), body("SEV3", "US").replace("\"regions\"", "\"commander\":\"lena\","
                    + "\"regions\"")).statusCode(201).extract().path("id");
            read(leo(), named).body("commander", equalTo("lena"));
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"incident.declare\"") && e.contains("\"US\""));
        }

        @Test
        void theDeclarationIsTheFirstLineOfTheTimeline() {
            String id = incident(leo(), "US");
            IncidentFixtures.timeline(TestTokens.ivy(), id).statusCode(200)
                    .body("items[0].kind", equalTo("declared")).body("items[0].actor", equalTo("leo"));
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyAnswersTheFirstIncident() {
            String key = "k-" + UUID.randomUUID();
            String first = given().auth().oauth2(leo()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body("SEV3", "US")).when().post("/api/incidents").then().statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body("SEV3", "US")).when().post("/api/incidents").then().statusCode(201)
                    .body("id", equalTo(first)).header("ETag", equalTo("\"0\""));
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body("SEV1", "US")).when().post("/api/incidents").then().statusCode(422)
                    .body("type", endsWith("idempotency-key-reused"));
        }

        @Test
        void aBadDeclarationNamesEachBadField() {
            declare(leo(), "{\"title\":\"\",\"kind\":\"coordinated-abuse\",\"severity\":\"SEV3\",\"regions\":[\"usa\"]}")
                    .statusCode(400).body("errors.field", hasItem("title")).body("errors.field", hasItem("regions[0]"));
            declare(leo(), body("SEV9", "US")).statusCode(400).body("errors[0].field", equalTo("severity"));
            declare(leo(), body("SEV3", "US").replace("coordinated-abuse", "alien-invasion")).statusCode(400)
                    .body("errors[0].field", equalTo("kind"));
            declare(leo(), "{\"title\":\"x\",\"kind\":\"other\",\"severity\":\"SEV3\",\"regions\":[]}").statusCode(400)
                    .body("errors[0].field", equalTo("regions"));
            declare(leo(), "{not json").statusCode(400).body("type", endsWith("malformed-body"));
        }

        @Test
        void aLeadCannotDeclareForARegionTheyDoNotHoldAndTheRefusalIsAudited() {
            declare(leo(), body("SEV3", "US", "EU")).statusCode(403).body("type", endsWith("region-not-permitted"));
            assertThat(audit.matching("\"incident.declare\"")).anyMatch(e -> e.contains("\"denied\"")
                    && e.contains("region-not-permitted") && e.contains("\"EU\""));
        }

        @Test
        void onlyLeadsDeclareAndARoleRefusalIsAuditedAsAccessDenied() {
            for (String token : new String[] {TestTokens.ivy(), TestTokens.aud(), TestTokens.ada(), TestTokens.sam()}) {
                declare(token, body("SEV3", "US")).statusCode(403).body("type", endsWith("forbidden"));
            }
            assertThat(audit.matching("\"access.denied\"")).anyMatch(e -> e.contains("POST /api/incidents"));
        }
    }

    @Nested
    class Reading {

        @Test
        void investigatorsAuditorsAndAdminsOfTheRegionReadIt() {
            String id = incident(leo(), "US");
            for (String token : new String[] {TestTokens.ivy(), TestTokens.aud(), TestTokens.ada(), TestTokens.lena()}) {
                read(token, id).statusCode(200).body("id", equalTo(id));
            }
            read(TestTokens.sam(), id).statusCode(403);
        }

        @Test
        void anIncidentOutsideTheCallersRegionsIsNotFound() {
            String id = incident(leo(), "US");
            read(TestTokens.ian(), id).statusCode(404).body("type", endsWith("not-found"));
            read(lex(), id).statusCode(404);
            read(leo(), UUID.randomUUID().toString()).statusCode(404);
        }

        @Test
        void aMultiRegionIncidentIsSeenFromEachOfItsRegions() {
            String id = incident(TestTokens.lena(), "US", "EU");
            read(TestTokens.ivy(), id).statusCode(200).body("regions", contains("EU", "US"));
            read(TestTokens.ian(), id).statusCode(200);
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"region\":\"EU,US\""));
        }

        @Test
        void theListFiltersAndPagesNewestFirst() {
            String commander = "cmd" + Long.toHexString(System.nanoTime());
            String withCommander = body("SEV4", "US").replace("\"regions\"", "\"commander\":\"" + commander
                    + "\",\"regions\"");
            String a = declare(leo(), withCommander).statusCode(201).extract().path("id");
            String b = declare(leo(), withCommander).statusCode(201).extract().path("id");
            String c = declare(leo(), withCommander).statusCode(201).extract().path("id");
            String next = given().auth().oauth2(TestTokens.ivy()).queryParam("commander", commander)
                    .queryParam("limit", 2).when().get("/api/incidents").then().statusCode(200)
                    .body("items.id", contains(c, b)).body("nextCursor", notNullValue()).extract().path("nextCursor");
            given().auth().oauth2(TestTokens.ivy()).queryParam("commander", commander).queryParam("cursor", next)
                    .when().get("/api/incidents").then().body("items.id", contains(a));
            given().auth().oauth2(TestTokens.ivy()).queryParam("commander", commander)
                    .queryParam("severity", "SEV1").when().get("/api/incidents").then().body("items", hasSize(0));
            given().auth().oauth2(TestTokens.ian()).queryParam("commander", commander).when().get("/api/incidents")
                    .then().body("items", hasSize(0));
        }

        @Test
        void badListParametersAreNamed() {
            given().auth().oauth2(leo()).queryParam("status", "ON_FIRE").when().get("/api/incidents")
                    .then().statusCode(400).body("errors[0].field", equalTo("status"));
            given().auth().oauth2(leo()).queryParam("limit", 501).when().get("/api/incidents")
                    .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            given().auth().oauth2(leo()).queryParam("cursor", "nonsense").when().get("/api/incidents")
                    .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
            given().auth().oauth2(leo()).queryParam("caseId", "x").when().get("/api/incidents")
                    .then().statusCode(400).body("errors[0].field", equalTo("caseId"));
        }
    }

    @Nested
    class Revising {

        @Test
        void aLeadRevisesUnderIfMatchAndAStaleVersionIsRefused() {
            String id = incident(leo(), "US");
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("SEV1", "US")).when().put("/api/incidents/" + id)
                    .then().statusCode(200).body("severity", equalTo("SEV1")).header("ETag", equalTo("\"1\""));
            given().auth().oauth2(leo()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body("SEV2", "US")).when().put("/api/incidents/" + id)
                    .then().statusCode(412).body("type", endsWith("stale-version")).body("currentVersion", equalTo(1));
            IncidentFixtures.timeline(leo(), id).body("items.summary", hasItem("Revised severity SEV3 → SEV1"));
            assertThat(audit.about(id)).anyMatch(e -> e.contains("\"incident.revise\"") && e.contains("\"SEV1\""))
                    .anyMatch(e -> e.contains("stale-version"));
        }

        @Test
        void addingARegionNeedsTheCallerToHoldIt() {
            String id = incident(leo(), "US");
            given().auth().oauth2(leo()).contentType(ContentType.JSON).body(body("SEV3", "US", "EU"))
                    .when().put("/api/incidents/" + id).then().statusCode(403)
                    .body("type", endsWith("region-not-permitted"));
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).body(body("SEV3", "US", "EU"))
                    .when().put("/api/incidents/" + id).then().statusCode(200).body("regions", contains("EU", "US"));
            read(TestTokens.ian(), id).statusCode(200);
        }

        @Test
        void investigatorsDoNotReviseAndNobodyRevisesAnUnseenIncident() {
            String id = incident(leo(), "US");
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(body("SEV1", "US"))
                    .when().put("/api/incidents/" + id).then().statusCode(403);
            given().auth().oauth2(lex()).contentType(ContentType.JSON).body(body("SEV1", "EU"))
                    .when().put("/api/incidents/" + id).then().statusCode(404);
            read(leo(), id).body("severity", not(equalTo("SEV1")));
        }
    }
}
