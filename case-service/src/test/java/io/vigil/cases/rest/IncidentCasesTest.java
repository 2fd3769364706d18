package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static io.vigil.cases.rest.IncidentFixtures.incident;
import static io.vigil.cases.rest.IncidentFixtures.leo;
import static io.vigil.cases.rest.IncidentFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class IncidentCasesTest {

    @Inject
    AuditRows audit;

    static ValidatableResponse link(String token, String incident, String kase) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"caseId\":\"" + kase + "\"}")
                .when().post("/api/incidents/" + incident + "/cases").then();
    }

    static ValidatableResponse linked(String token, String incident) {
        return given().auth().oauth2(token).when().get("/api/incidents/" + incident + "/cases").then();
    }

    @Test
    void aLeadGroupsACaseAndBothTimelinesAndAuditTrailsShowIt() {
        String id = incident(leo(), "US");
        String kase = open(TestTokens.ivy(), "US", uniqueRef());
        link(leo(), id, kase).statusCode(201).body("caseId", equalTo(kase)).body("linkedBy", equalTo("leo"))
                .body("ref", notNullValue());
        linked(TestTokens.ivy(), id).statusCode(200).body("items.caseId", contains(kase));
        timeline(TestTokens.ivy(), id).body("items.kind", hasItem("case"));
        given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/timeline")
                .then().body("items.kind", hasItem("incident"));
        given().auth().oauth2(TestTokens.ivy()).queryParam("caseId", kase).when().get("/api/incidents")
                .then().body("items.id", contains(id));
        assertThat(audit.about(id)).anyMatch(e -> e.contains("\"incident.link-case\""));
        assertThat(audit.about(kase)).anyMatch(e -> e.contains("\"case.incident-link\""));
    }

    @Test
    void aCaseIsLinkedOnceAndUnlinked() {
        String id = incident(leo(), "US");
        String kase = open(TestTokens.ivy(), "US", uniqueRef());
        link(leo(), id, kase).statusCode(201);
        link(leo(), id, kase).statusCode(409).body("type", endsWith("case-already-linked"));
        given().auth().oauth2(leo()).when().delete("/api/incidents/" + id + "/cases/" + kase).then().statusCode(204);
        linked(leo(), id).body("items", empty());
        given().auth().oauth2(leo()).when().delete("/api/incidents/" + id + "/cases/" + kase).then().statusCode(404);
        assertThat(audit.about(kase)).anyMatch(e -> e.contains("\"case.incident-unlink\""));
    }

    @Test
    void aLeadLinksOnlyCasesTheyCanSeeAndOnlyFromTheIncidentsRegions() {
        String id = incident(TestTokens.lena(), "US");
        String eu = open(TestTokens.ian(), "EU", uniqueRef());
        link(leo(), id, eu).statusCode(404);
        link(TestTokens.lena(), id, eu).statusCode(409).body("type", endsWith("case-region-outside-incident"))
                .body("regions", contains("US"));
        link(leo(), id, UUID.randomUUID().toString()).statusCode(404);
        link(leo(), id, "not-a-uuid").statusCode(400);
        link(leo(), id, null).statusCode(400);
        assertThat(audit.about(id)).anyMatch(e -> e.contains("case-region-outside-incident"));
    }

    @Test
    void casesOfAMultiRegionIncidentAreListedOnlyToThoseWhoMaySeeThem() {
        String id = incident(TestTokens.lena(), "US", "EU");
        String us = open(TestTokens.ivy(), "US", uniqueRef());
        String eu = open(TestTokens.ian(), "EU", uniqueRef());
        link(TestTokens.lena(), id, us).statusCode(201);
        link(TestTokens.lena(), id, eu).statusCode(201);
        linked(TestTokens.lena(), id).body("items.caseId", contains(us.compareTo(eu) < 0 ? us : eu,
                us.compareTo(eu) < 0 ? eu : us));
        linked(TestTokens.ivy(), id).body("items.caseId", contains(us));
        linked(TestTokens.ian(), id).body("items.caseId", contains(eu));
        String euRef = given().auth().oauth2(TestTokens.ian()).when().get("/api/cases/" + eu).then().extract()
                .path("ref");
        timeline(TestTokens.ivy(), id).body("items.summary", not(hasItem(containsString(euRef))));
        timeline(TestTokens.ian(), id).body("items.summary", hasItem(containsString(euRef)));
        given().auth().oauth2(TestTokens.ivy()).queryParam("caseId", eu).when().get("/api/incidents")
                .then().body("items", empty());
    }

    @Test
    void aRegionWithLinkedCasesCannotBeDroppedFromTheIncident() {
        String id = incident(TestTokens.lena(), "US", "EU");
        link(TestTokens.lena(), id, open(TestTokens.ian(), "EU", uniqueRef())).statusCode(201);
        given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON)
                .body(IncidentFixtures.body("SEV3", "US")).when().put("/api/incidents/" + id)
                .then().statusCode(409).body("type", endsWith("region-has-cases")).body("regions", contains("EU"));
    }

    @Test
    void investigatorsReadLinkedCasesButDoNotLink() {
        String id = incident(leo(), "US");
        String kase = open(TestTokens.ivy(), "US", uniqueRef());
        link(TestTokens.ivy(), id, kase).statusCode(403);
        link(TestTokens.ada(), id, kase).statusCode(403);
        linked(TestTokens.aud(), id).statusCode(200);
        linked(TestTokens.sam(), id).statusCode(403);
    }
}
