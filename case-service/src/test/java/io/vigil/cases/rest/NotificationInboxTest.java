package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.IncidentFixtures.leadOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GET /api/notifications/mine: the pages sent to the caller as the on-shift lead. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class NotificationInboxTest {

    static ValidatableResponse mine(String token, String query) {
        return given().auth().oauth2(token).when().get("/api/notifications/mine" + query).then();
    }

    @Test
    void theOnShiftLeadFindsThePagesSentToThemNewestFirst() {
        String pia = leadOf("pia", "PX");
        ShiftTest.create(pia, ShiftTest.now("PX", null, "pia", "LEAD")).statusCode(201);
        String first = IncidentFixtures.incident(pia, "PX");
        String second = IncidentFixtures.incident(pia, "PX");
        mine(pia, "").statusCode(200).body("items.subjectId", contains(second, first))
                .body("items[0].subjectType", equalTo("INCIDENT")).body("items[0].event", equalTo("incident.declared"))
                .body("items[0].region", equalTo("PX")).body("items[0].status", equalTo("PENDING"));
        mine(pia, "?limit=1").statusCode(200).body("items", hasSize(1)).body("items[0].subjectId", equalTo(second));
    }

    @Test
    void othersPagesStayOthersEvenWhenTheNameLooksAlike() {
        String pua = leadOf("pua", "PY");
        ShiftTest.create(pua, ShiftTest.now("PY", null, "pua", "LEAD")).statusCode(201);
        IncidentFixtures.incident(pua, "PY");
        mine(leadOf("p_a", "PY"), "").statusCode(200).body("items", hasSize(0));
        mine(leadOf("pu", "PY"), "").statusCode(200).body("items", hasSize(0));
        mine(TestTokens.token("pua", Set.of("lead"), List.of("PZ")), "").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void everyRoleWithCaseOrIncidentAccessHasAnInboxAndBadRequestsAreProblems() {
        mine(TestTokens.ivy(), "").statusCode(200).body("items", hasSize(0));
        mine(TestTokens.aud(), "").statusCode(200);
        mine(TestTokens.sam(), "").statusCode(403);
        given().when().get("/api/notifications/mine").then().statusCode(401);
        mine(TestTokens.ivy(), "?limit=501").statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
