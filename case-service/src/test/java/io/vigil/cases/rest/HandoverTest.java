package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.investigatorOf;
import static io.vigil.cases.rest.IncidentFixtures.leadOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Handover notes between shifts: POST and GET /api/shifts/handovers. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class HandoverTest {

    @Inject
    AuditRows audit;

    static ValidatableResponse write(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/shifts/handovers").then();
    }

    static ValidatableResponse read(String token, String query) {
        return given().auth().oauth2(token).when().get("/api/shifts/handovers" + query).then();
    }

    @Test
    void aNoteIsWrittenForTheNextShiftAndReadNewestFirst() {
        String hana = investigatorOf("hana", "HA");
        String first = write(hana, "{\"region\":\"HA\",\"body\":\" Seller ring still active \"}").statusCode(201)
                .body("author", equalTo("hana")).body("body", equalTo("Seller ring still active"))
                .body("createdAt", notNullValue()).extract().path("id");
        String second = write(leadOf("hugo", "HA"), "{\"region\":\"HA\",\"body\":\"Queue is clear\"}").statusCode(201)
                .extract().path("id");
        read(TestTokens.token("hal", Set.of("auditor"), List.of("HA")), "?region=ha").statusCode(200)
                .body("items.id", contains(second, first));
        read(hana, "?limit=1").statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue());
        assertThat(audit.about(first)).anyMatch(e -> e.contains("\"shift.handover\"") && !e.contains("Seller ring"));
    }

    @Test
    void aNoteForAQueueNeedsAQueueOfThatRegion() {
        String queueId = CaseFixtures.queue(leadOf("hugo", "HB"), "HB");
        write(investigatorOf("hank", "HB"), "{\"region\":\"HB\",\"queueId\":\"" + queueId + "\",\"body\":\"Watch this\"}")
                .statusCode(201).body("queueId", equalTo(queueId));
        String otherRegion = TestTokens.token("hank", Set.of("investigator"), List.of("HB", "HC"));
        write(otherRegion, "{\"region\":\"HC\",\"queueId\":\"" + queueId + "\",\"body\":\"x\"}").statusCode(400)
                .body("errors[0].field", equalTo("queueId"));
    }

    @Test
    void regionsScopeReadingAndWriting() {
        write(investigatorOf("hope", "HD"), "{\"region\":\"HD\",\"body\":\"Only HD\"}").statusCode(201);
        read(investigatorOf("hope", "HE"), "").statusCode(200).body("items.body", org.hamcrest.Matchers.not(hasItem("Only HD")));
        write(investigatorOf("hope", "HE"), "{\"region\":\"HD\",\"body\":\"Not mine\"}").statusCode(403)
                .body("type", endsWith("region-not-permitted"));
    }

    @Test
    void badNotesAreProblemsAndOnlyCaseWorkersWrite() {
        String ivy = TestTokens.ivy();
        write(ivy, "{\"region\":\"US\",\"body\":\"  \"}").statusCode(400).body("errors[0].field", equalTo("body"));
        write(ivy, "{\"region\":\"USA\",\"body\":\"x\"}").statusCode(400).body("errors[0].field", equalTo("region"));
        write(ivy, "{\"region\":\"US\",\"body\":\"" + "x".repeat(4001) + "\"}").statusCode(400);
        write(ivy, "{not json").statusCode(400).body("type", endsWith("malformed-body"));
        write(TestTokens.aud(), "{\"region\":\"US\",\"body\":\"x\"}").statusCode(403);
        read(TestTokens.sam(), "").statusCode(403);
        read(ivy, "?cursor=nonsense").statusCode(400);
    }
}
